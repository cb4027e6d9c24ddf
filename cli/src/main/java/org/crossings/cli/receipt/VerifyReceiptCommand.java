package org.crossings.cli.receipt;

import java.util.concurrent.Callable;
import org.crossings.cli.ExitCodes;
import picocli.CommandLine.Command;

/** {@code crossings verify-receipt}: checks a tlog-proof receipt offline. */
@Command(name = "verify-receipt", mixinStandardHelpOptions = true, description = "Check a tlog-proof receipt offline.")
public final class VerifyReceiptCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        return ExitCodes.USAGE;
    }
}
