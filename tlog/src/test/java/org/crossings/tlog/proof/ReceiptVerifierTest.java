package org.crossings.tlog.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crossings.tlog.proof.ReceiptTest.bytes;
import static org.crossings.tlog.proof.ReceiptTest.ownReceipt;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crossings.tlog.merkle.Hash;
import org.crossings.tlog.merkle.ProofException;
import org.crossings.tlog.note.Ed25519NoteSigner;
import org.crossings.tlog.note.Ed25519NoteVerifier;
import org.crossings.tlog.witness.CosignatureSigner;
import org.crossings.tlog.witness.WitnessPolicy;
import org.crossings.tlog.witness.WitnessPolicyException;
import org.junit.jupiter.api.Test;

class ReceiptVerifierTest {

    private static final ReceiptVerifier SUMDB =
            ReceiptVerifier.of(Ed25519NoteVerifier.parse(SumGolangOrgReceipt.VKEY)).withOrigin(SumGolangOrgReceipt.ORIGIN);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    private final Ed25519NoteSigner log = Ed25519NoteSigner.generate("example.com/log");
    private final ReceiptVerifier ours = ReceiptVerifier.of(log.verifier());

    @Test
    void the_real_sum_golang_org_receipt_proves_the_tessera_v1_0_0_entry() {
        VerifiedReceipt verified = SUMDB.verify(Receipt.parse(SumGolangOrgReceipt.proofFile()), SumGolangOrgReceipt.entry());

        assertThat(verified.leafHash().hex()).isEqualTo(SumGolangOrgReceipt.LEAF_HASH_HEX);
        assertThat(verified.checkpoint().size()).isEqualTo(58253265L);
    }

    @Test
    void the_real_receipt_does_not_prove_another_entry_and_the_error_carries_the_computed_root() {
        Receipt receipt = Receipt.parse(SumGolangOrgReceipt.proofFile());
        byte[] other = new String(SumGolangOrgReceipt.entry(), StandardCharsets.UTF_8).replace("v1.0.0", "v1.0.1")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> SUMDB.verify(receipt, other))
                .isInstanceOfSatisfying(ReceiptVerificationException.class, e -> {
                    assertThat(e.step()).isEqualTo(ReceiptVerificationException.Step.INCLUSION_PROOF);
                    assertThat(e.receipt()).isEqualTo(receipt);
                    assertThat(e.getCause()).isInstanceOfSatisfying(ProofException.class,
                            p -> assertThat(p.computedNewRoot()).isPresent());
                })
                .hasMessageContaining("at index 43930254 of tree size 58253265: the inclusion proof does not lead");
    }

    @Test
    void every_single_byte_change_to_the_real_receipt_is_rejected() {
        byte[] file = SumGolangOrgReceipt.proofFile();
        List<Integer> accepted = new ArrayList<>();
        for (int i = 0; i < file.length; i++) {
            file[i]++;
            if (verifies(file)) {
                accepted.add(i);
            }
            file[i]--;
        }
        assertThat(accepted).isEmpty();
        assertThat(verifies(file)).isTrue();
    }

    @Test
    void the_real_receipt_is_refused_under_a_mangled_log_key_and_under_the_key_name_as_origin() {
        // transparency-dev/incubator main_test.go "wrong log key": the last character changed.
        Receipt receipt = Receipt.parse(SumGolangOrgReceipt.proofFile());
        assertThatThrownBy(() -> Ed25519NoteVerifier.parse(SumGolangOrgReceipt.VKEY.replace("OuAn8", "OuAn9")))
                .hasMessageContaining("does not match the key");
        assertThatThrownBy(() -> ReceiptVerifier.of(Ed25519NoteVerifier.parse(SumGolangOrgReceipt.VKEY))
                .verify(receipt, SumGolangOrgReceipt.entry()))
                .isInstanceOfSatisfying(ReceiptVerificationException.class,
                        e -> assertThat(e.step()).isEqualTo(ReceiptVerificationException.Step.CHECKPOINT_SIGNATURE))
                .hasMessageContaining("is not the expected origin \"sum.golang.org\"");
    }

    @Test
    void our_own_receipt_verifies_for_its_entry_after_a_round_trip_through_text() {
        Receipt receipt = Receipt.parse(ownReceipt(log, Optional.empty()).encode());

        assertThat(ours.verify(receipt, bytes("c")).receipt().index()).isEqualTo(2);
    }

    @Test
    void a_receipt_with_a_changed_index_or_a_dropped_or_added_proof_hash_is_rejected_as_an_inclusion_failure() {
        Receipt good = ownReceipt(log, Optional.empty());
        List<Receipt> mutants = List.of(
                new Receipt(1, good.proof(), good.checkpoint()),
                new Receipt(3, good.proof(), good.checkpoint()),
                new Receipt(2, List.of(), good.checkpoint()),
                new Receipt(2, List.of(good.proof().get(0), good.proof().get(0)), good.checkpoint()),
                new Receipt(2, List.of(Hash.of(new byte[32])), good.checkpoint()));
        for (Receipt mutant : mutants) {
            assertThatThrownBy(() -> ours.verify(mutant, bytes("c")))
                    .isInstanceOfSatisfying(ReceiptVerificationException.class,
                            e -> assertThat(e.step()).isEqualTo(ReceiptVerificationException.Step.INCLUSION_PROOF));
        }
    }

    @Test
    void a_receipt_whose_checkpoint_another_key_signed_is_rejected_as_a_signature_failure() {
        Receipt forged = ownReceipt(Ed25519NoteSigner.generate("example.com/log"), Optional.empty());

        assertThatThrownBy(() -> ours.verify(forged, bytes("c")))
                .isInstanceOfSatisfying(ReceiptVerificationException.class,
                        e -> assertThat(e.step()).isEqualTo(ReceiptVerificationException.Step.CHECKPOINT_SIGNATURE))
                .hasMessageContaining("no signature by a known key");
    }

    @Test
    void a_witness_policy_is_enforced_on_the_receipts_checkpoint() {
        CosignatureSigner w1 = CosignatureSigner.generate("w1.example", CLOCK);
        CosignatureSigner w2 = CosignatureSigner.generate("w2.example", CLOCK);
        ReceiptVerifier strict = ours.withWitnesses(new WitnessPolicy(List.of(w1.verifier(), w2.verifier()), 2));
        Receipt unwitnessed = ownReceipt(log, Optional.empty());
        Receipt witnessed = new Receipt(unwitnessed.index(), unwitnessed.proof(),
                unwitnessed.checkpoint().withSignatures(List.of(w1, w2)));

        assertThat(strict.verify(Receipt.parse(witnessed.encode()), bytes("c")).witnesses())
                .hasValueSatisfying(q -> assertThat(q.signed()).containsExactly("w1.example", "w2.example"));
        assertThatThrownBy(() -> strict.verify(unwitnessed, bytes("c")))
                .isInstanceOfSatisfying(ReceiptVerificationException.class, e -> {
                    assertThat(e.step()).isEqualTo(ReceiptVerificationException.Step.WITNESS_POLICY);
                    assertThat(e.getCause()).isInstanceOf(WitnessPolicyException.class);
                })
                .hasMessageContaining("cosigned by 0 of 2 witnesses [], 2 needed");
    }

    private static boolean verifies(byte[] file) {
        try {
            SUMDB.verify(Receipt.parse(file), SumGolangOrgReceipt.entry());
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
