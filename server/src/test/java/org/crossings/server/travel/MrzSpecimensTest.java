package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.crossings.server.agreement.DocumentCode;
import org.crossings.server.party.CountryCode;
import org.junit.jupiter.api.Test;

/** Every format's specimen, every field. */
class MrzSpecimensTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void the_td3_passport_specimen_of_part_4_reads_field_by_field() {
        TravelDocument passport = Mrz.parse(MrzSpecimens.TD3);

        assertThat(passport.format()).isEqualTo(MrzFormat.TD3);
        assertThat(passport.code()).isEqualTo(DocumentCode.of("P"));
        assertThat(passport.category()).isEqualTo(DocumentCategory.ORDINARY_PASSPORT);
        assertThat(passport.issuer()).isEqualTo(Nationality.of("UTO"));
        assertThat(passport.documentNumber()).isEqualTo("L898902C3");
        assertThat(passport.surname()).isEqualTo("ERIKSSON");
        assertThat(passport.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(passport.nationality()).isEqualTo(Nationality.of("UTO"));
        assertThat(passport.dateOfBirth().asBirthDate(TODAY)).contains(LocalDate.of(1974, 8, 12));
        assertThat(passport.sex()).isEqualTo(Sex.FEMALE);
        assertThat(passport.dateOfExpiry().asExpiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(passport.optionalData()).isEqualTo("ZE184226B");
        assertThat(passport.mrz()).isEqualTo(MrzSpecimens.TD3);
        assertThat(passport.lines()).containsExactly(MrzSpecimens.TD3.split("\n"));
    }

    @Test
    void the_td1_identity_card_specimen_of_part_5_reads_field_by_field() {
        TravelDocument card = Mrz.parse(MrzSpecimens.TD1);

        assertThat(card.format()).isEqualTo(MrzFormat.TD1);
        assertThat(card.code()).isEqualTo(DocumentCode.of("I"));
        assertThat(card.category()).isEqualTo(DocumentCategory.IDENTITY_CARD);
        assertThat(card.issuer()).isEqualTo(Nationality.of("UTO"));
        assertThat(card.documentNumber()).isEqualTo("D23145890");
        assertThat(card.surname()).isEqualTo("ERIKSSON");
        assertThat(card.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(card.nationality()).isEqualTo(Nationality.of("UTO"));
        assertThat(card.dateOfBirth()).isEqualTo(MrzDate.of("740812"));
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        assertThat(card.dateOfExpiry().asExpiryDate()).isEqualTo(LocalDate.of(2012, 4, 15));
        assertThat(card.optionalData()).isEmpty();
        assertThat(card.mrz()).isEqualTo(MrzSpecimens.TD1);
    }

    @Test
    void a_td1_document_number_longer_than_nine_goes_on_in_the_optional_data_with_its_check_digit() {
        TravelDocument card = Mrz.parse(MrzSpecimens.TD1_LONG_NUMBER);

        assertThat(card.documentNumber()).isEqualTo("D23145890734");
        assertThat(card.optionalData()).isEmpty();
        assertThat(card.surname()).isEqualTo("STEVENSON");
        assertThat(card.givenNames()).isEqualTo("PETER JOHN");
        assertThat(card.dateOfBirth().asBirthDate(TODAY)).contains(LocalDate.of(1934, 7, 12));
        assertThat(card.sex()).isEqualTo(Sex.MALE);
        assertThat(card.dateOfExpiry().asExpiryDate()).isEqualTo(LocalDate.of(2095, 7, 12));
        assertThat(card.nationality()).isEqualTo(Nationality.of("UTO"));
    }

    @Test
    void the_td2_identity_card_specimen_of_part_6_reads_field_by_field() {
        TravelDocument card = Mrz.parse(MrzSpecimens.TD2);

        assertThat(card.format()).isEqualTo(MrzFormat.TD2);
        assertThat(card.code()).isEqualTo(DocumentCode.of("I"));
        assertThat(card.category()).isEqualTo(DocumentCategory.IDENTITY_CARD);
        assertThat(card.issuer()).isEqualTo(Nationality.of("UTO"));
        assertThat(card.documentNumber()).isEqualTo("D23145890");
        assertThat(card.surname()).isEqualTo("ERIKSSON");
        assertThat(card.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(card.nationality()).isEqualTo(Nationality.of("UTO"));
        assertThat(card.dateOfBirth()).isEqualTo(MrzDate.of("740812"));
        assertThat(card.sex()).isEqualTo(Sex.FEMALE);
        assertThat(card.dateOfExpiry()).isEqualTo(MrzDate.of("120415"));
        assertThat(card.optionalData()).isEmpty();
        assertThat(card.mrz()).isEqualTo(MrzSpecimens.TD2);
    }

    @Test
    void a_td2_document_number_longer_than_nine_goes_on_in_the_optional_data_too() {
        TravelDocument card = Mrz.parse(MrzSpecimens.TD2_LONG_NUMBER);

        assertThat(card.documentNumber()).isEqualTo("D23145890734");
        assertThat(card.optionalData()).isEmpty();
        assertThat(card.dateOfExpiry()).isEqualTo(MrzDate.of("120415"));
    }

    @Test
    void the_mrv_a_visa_specimen_of_part_7_reads_field_by_field_without_a_composite_check_digit() {
        TravelDocument visa = Mrz.parse(MrzSpecimens.MRV_A);

        assertThat(visa.format()).isEqualTo(MrzFormat.MRV_A);
        assertThat(visa.code()).isEqualTo(DocumentCode.of("V"));
        assertThat(visa.category()).isEqualTo(DocumentCategory.VISA);
        assertThat(visa.issuer()).isEqualTo(Nationality.of("UTO"));
        assertThat(visa.documentNumber()).isEqualTo("L8988901C");
        assertThat(visa.surname()).isEqualTo("ERIKSSON");
        assertThat(visa.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(visa.nationality()).isEqualTo(Nationality.of("XXX"));
        assertThat(visa.nationality().country()).isEmpty();
        assertThat(visa.dateOfBirth().asBirthDate(TODAY)).contains(LocalDate.of(1940, 9, 7));
        assertThat(visa.sex()).isEqualTo(Sex.FEMALE);
        // The specimen expired in 1996; the contract reads every expiry in this century.
        assertThat(visa.dateOfExpiry()).isEqualTo(MrzDate.of("961210"));
        assertThat(visa.dateOfExpiry().asExpiryDate()).isEqualTo(LocalDate.of(2096, 12, 10));
        assertThat(visa.optionalData()).isEqualTo("6ZE184226B");
    }

    @Test
    void the_mrv_b_visa_specimen_of_part_7_reads_field_by_field() {
        TravelDocument visa = Mrz.parse(MrzSpecimens.MRV_B);

        assertThat(visa.format()).isEqualTo(MrzFormat.MRV_B);
        assertThat(visa.code()).isEqualTo(DocumentCode.of("V"));
        assertThat(visa.category()).isEqualTo(DocumentCategory.VISA);
        assertThat(visa.issuer()).isEqualTo(Nationality.of("UTO"));
        assertThat(visa.documentNumber()).isEqualTo("L8988901C");
        assertThat(visa.surname()).isEqualTo("ERIKSSON");
        assertThat(visa.givenNames()).isEqualTo("ANNA MARIA");
        assertThat(visa.nationality()).isEqualTo(Nationality.of("XXX"));
        assertThat(visa.dateOfBirth()).isEqualTo(MrzDate.of("400907"));
        assertThat(visa.sex()).isEqualTo(Sex.FEMALE);
        assertThat(visa.dateOfExpiry()).isEqualTo(MrzDate.of("961210"));
        assertThat(visa.optionalData()).isEmpty();
    }

    @Test
    void a_diplomatic_passport_whose_personal_number_is_all_filler_may_have_filler_as_its_check_digit() {
        TravelDocument passport = Mrz.parse(MrzSpecimens.DIPLOMATIC);

        assertThat(passport.format()).isEqualTo(MrzFormat.TD3);
        assertThat(passport.code()).isEqualTo(DocumentCode.of("PD"));
        assertThat(passport.category()).isEqualTo(DocumentCategory.DIPLOMATIC_PASSPORT);
        assertThat(passport.category().json()).isEqualTo("diplomatic-passport");
        assertThat(passport.issuer().country()).contains(CountryCode.of("ARM"));
        assertThat(passport.documentNumber()).isEqualTo("AD1234567");
        assertThat(passport.surname()).isEqualTo("SARGSYAN");
        assertThat(passport.givenNames()).isEqualTo("ARAM");
        assertThat(passport.nationality()).isEqualTo(Nationality.of("ARM"));
        assertThat(passport.dateOfBirth().asBirthDate(TODAY)).contains(LocalDate.of(1965, 3, 1));
        assertThat(passport.sex()).isEqualTo(Sex.MALE);
        assertThat(passport.dateOfExpiry().asExpiryDate()).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(passport.optionalData()).isEmpty();
    }

    @Test
    void a_zone_pasted_with_crlf_indentation_and_blank_lines_reads_as_the_zone_itself() {
        String pasted = "\r\n   P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<  \r\n\r\n \t"
                + "L898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n\n";

        assertThat(Mrz.parse(pasted)).isEqualTo(Mrz.parse(MrzSpecimens.TD3));
        assertThat(Mrz.parse(pasted).mrz()).isEqualTo(MrzSpecimens.TD3);
    }

    @Test
    void a_birth_date_with_an_unknown_day_and_month_is_read_but_gives_no_date() {
        String zone = MrzSpecimens.TD3.replace("7408122", "74<<<<" + CheckDigit.of("74<<<<"));
        String fixed = zone.substring(0, zone.length() - 1) + CheckDigit.of(composite(zone));

        TravelDocument passport = Mrz.parse(fixed);

        assertThat(passport.dateOfBirth()).isEqualTo(MrzDate.of("74<<<<"));
        assertThat(passport.dateOfBirth().asBirthDate(TODAY)).isEqualTo(Optional.empty());
    }

    private static String composite(String td3) {
        String line2 = td3.split("\n")[1];
        return line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
    }
}
