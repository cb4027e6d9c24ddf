package org.crossings.server.travel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crossings.server.agreement.DocumentCode;
import org.junit.jupiter.api.Test;

class TravelDocumentTest {

    @Test
    void the_category_follows_the_document_code() {
        assertThat(DocumentCategory.of(DocumentCode.of("P"))).isEqualTo(DocumentCategory.ORDINARY_PASSPORT);
        assertThat(DocumentCategory.of(DocumentCode.of("PD"))).isEqualTo(DocumentCategory.DIPLOMATIC_PASSPORT);
        assertThat(DocumentCategory.of(DocumentCode.of("PS"))).isEqualTo(DocumentCategory.SERVICE_PASSPORT);
        assertThat(DocumentCategory.of(DocumentCode.of("PO"))).isEqualTo(DocumentCategory.OFFICIAL_PASSPORT);
        assertThat(DocumentCategory.of(DocumentCode.of("PT"))).isEqualTo(DocumentCategory.OTHER_PASSPORT);
        assertThat(DocumentCategory.of(DocumentCode.of("ID"))).isEqualTo(DocumentCategory.IDENTITY_CARD);
        assertThat(DocumentCategory.of(DocumentCode.of("A"))).isEqualTo(DocumentCategory.IDENTITY_CARD);
        assertThat(DocumentCategory.of(DocumentCode.of("C"))).isEqualTo(DocumentCategory.IDENTITY_CARD);
        assertThat(DocumentCategory.of(DocumentCode.of("V"))).isEqualTo(DocumentCategory.VISA);
    }

    @Test
    void categories_are_written_in_json_in_lower_case_with_hyphens() {
        assertThat(DocumentCategory.OTHER_PASSPORT.json()).isEqualTo("other-passport");
        assertThat(DocumentCategory.VISA.json()).isEqualTo("visa");
    }

    @Test
    void a_document_whose_lines_do_not_fit_its_format_cannot_exist() {
        TravelDocument passport = Mrz.parse(MrzSpecimens.TD3);

        assertThatThrownBy(() -> new TravelDocument(MrzFormat.TD1, passport.code(), passport.issuer(),
                passport.documentNumber(), passport.surname(), passport.givenNames(), passport.nationality(),
                passport.dateOfBirth(), passport.sex(), passport.dateOfExpiry(), passport.optionalData(),
                passport.lines())).hasMessageContaining("are no TD1 zone");
        assertThatThrownBy(() -> new TravelDocument(MrzFormat.TD3, passport.code(), passport.issuer(), "",
                passport.surname(), passport.givenNames(), passport.nationality(), passport.dateOfBirth(),
                passport.sex(), passport.dateOfExpiry(), "", List.copyOf(passport.lines())))
                .hasMessageContaining("documentNumber");
    }
}
