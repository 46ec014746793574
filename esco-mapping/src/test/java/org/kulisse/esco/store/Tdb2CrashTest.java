package org.kulisse.esco.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.model.CompetenceFramework;
import org.kulisse.core.testing.Fixtures;
import org.kulisse.esco.rdf.RdfFormat;

/**
 * A load killed in the middle of its transaction leaves the TDB2 store readable and as it was: a child JVM stores
 * a framework, a second child starts loading into the same graph and is killed while its transaction is open.
 */
class Tdb2CrashTest {
    private static final String READY = "LOADING";
    private static final String GRAPH = "https://example.org/frameworks/rigging";

    @TempDir
    Path dir;

    /** The child: {@code store DIR} stores the framework; {@code load DIR} loads without end until killed. */
    public static void main(String[] args) {
        try (FrameworkStore store = FrameworkStore.tdb2(Path.of(args[1]))) {
            if (args[0].equals("store")) {
                store.put(Fixtures.rigging());
                System.out.println("STORED");
            } else {
                store.add(GRAPH, new EndlessTriples(), RdfFormat.NTRIPLES);
            }
        }
    }

    /** N-Triples without end; after 50,000 lines it says so on stdout and then waits, mid-transaction. */
    static final class EndlessTriples extends InputStream {
        private byte[] line = new byte[0];
        private int at;
        private long count;

        @Override
        public int read() {
            if (at == line.length) {
                if (++count == 50_000) {
                    System.out.println(READY);
                    System.out.flush();
                }
                if (count > 50_000) {
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                line = ("<urn:crash:" + count + "> <urn:crash:p> \"value " + count + "\" .\n")
                        .getBytes(StandardCharsets.UTF_8);
                at = 0;
            }
            return line[at++];
        }
    }

    private Process child(String mode) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                Tdb2CrashTest.class.getName(), mode, dir.resolve("store").toString()))
                .redirectErrorStream(true).start();
    }

    private static String waitFor(Process p, String word) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            seen.append(line).append('\n');
            if (line.equals(word)) {
                return seen.toString();
            }
        }
        throw new AssertionError("the child ended without saying " + word + ":\n" + seen);
    }

    @Test
    void aKilledLoadLeavesThePreviousState() throws Exception {
        Process store = child("store");
        waitFor(store, "STORED");
        assertThat(store.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(store.exitValue()).isZero();

        Process load = child("load");
        try {
            waitFor(load, READY);
            load.destroyForcibly();
            assertThat(load.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            load.destroyForcibly();
        }

        try (FrameworkStore reopened = FrameworkStore.tdb2(dir.resolve("store"))) {
            CompetenceFramework back = reopened.framework(GRAPH);
            assertThat(back.units()).hasSameSizeAs(Fixtures.rigging().units());
            assertThat(reopened.ask("ASK { GRAPH ?g { ?s <urn:crash:p> ?o } }", QueryParams.create())).isFalse();
            // and it takes writes again
            reopened.add(GRAPH, new java.io.ByteArrayInputStream("<urn:a> <urn:b> \"c\" .\n".getBytes(
                    StandardCharsets.UTF_8)), RdfFormat.NTRIPLES);
            assertThat(reopened.ask("ASK { GRAPH ?g { <urn:a> <urn:b> \"c\" } }", QueryParams.create())).isTrue();
        }
    }
}
