package org.govcc.sip.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Makes the outside tools the tests drive present: a test never skips because one is missing. */
public final class DebianPackages {

    private DebianPackages() {
    }

    /**
     * Makes sure {@code command} is on the PATH, installing Debian's {@code debianPackage} when it is not; fails
     * with the package named when it cannot.
     */
    public static synchronized void ensureCommand(String command, String debianPackage) {
        if (onPath(command)) {
            return;
        }
        try {
            Process p = new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq " + debianPackage)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.MINUTES)) {
                p.destroyForcibly();
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not install " + debianPackage, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing " + debianPackage, e);
        }
        if (!onPath(command)) {
            throw new IllegalStateException(command + " is missing and " + debianPackage + " could not be installed");
        }
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
