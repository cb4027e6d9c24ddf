package org.crossings.tlog.note;

/**
 * Known-answer strings copied exactly from golang.org/x/mod/sumdb/note (note.go package documentation and
 * note_test.go, https://go.googlesource.com/mod/+/refs/heads/master/sumdb/note/), the reference implementation of
 * C2SP signed-note.
 */
final class GoNoteVectors {

    static final String PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";
    static final String PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz";
    static final String ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop";

    static final String TEXT = "If you think cryptography is the answer to your problem,\n"
            + "then you don't know what your problem is.\n";
    static final String PETER_SIG = "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n";
    static final String ENOCH_SIG = "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n";

    /** The well-formed signed note of the package documentation. */
    static final String PETER_NOTE = TEXT + "\n" + PETER_SIG;

    /** The doubly-signed note of the package documentation. */
    static final String PETER_AND_ENOCH_NOTE = TEXT + "\n" + PETER_SIG + ENOCH_SIG;

    /** note_test.go TestNewVerifier: wrong length key, with adjusted key hash. */
    static final String WRONG_LENGTH_VKEY = "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==";
    /** note_test.go TestNewVerifier: unknown algorithm, with adjusted key hash. */
    static final String UNKNOWN_ALGORITHM_VKEY = "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW";

    private GoNoteVectors() {
    }

    /** Go's note_test.go corrupts a signature line by inserting "ABCD" at byte 60, inside the base64. */
    static String corrupt(String signatureLine) {
        byte[] line = signatureLine.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new String(line, 0, 60, java.nio.charset.StandardCharsets.UTF_8) + "ABCD"
                + new String(line, 60, line.length - 60, java.nio.charset.StandardCharsets.UTF_8);
    }
}
