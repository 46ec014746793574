package org.kulisse.esco.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kulisse.core.ImportException;

/** The rows are parsed on a second thread: order, line numbers, failures and stopping early must not show it. */
class CsvTableTest {
    @TempDir
    Path dir;

    private Path table(int rows, String tail) throws IOException {
        StringBuilder text = new StringBuilder("conceptUri,altLabels\r\n");
        for (int i = 0; i < rows; i++) {
            // every tenth row has a two-line cell, so rows and lines differ
            text.append("uri-").append(i).append(i % 10 == 0 ? ",\"a\r\nb\"\r\n" : ",c\r\n");
        }
        Path file = dir.resolve("table.csv");
        Files.writeString(file, text + tail, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void deliversEveryRowInOrderWithTheLineItStartsOn() throws IOException {
        Path file = table(5_000, "");
        List<String> uris = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long count = CsvTable.read(file, List.of("conceptUri"), row -> {
            uris.add(row.get("conceptUri"));
            lines.add(row.line());
        });
        assertThat(count).isEqualTo(5_000);
        assertThat(uris.get(0)).isEqualTo("uri-0");
        assertThat(uris.get(4_999)).isEqualTo("uri-4999");
        assertThat(lines.get(0)).isEqualTo(2);
        assertThat(lines.get(1)).isEqualTo(4); // row 0 took lines 2 and 3
        assertThat(lines.get(4_999)).isEqualTo(2 + 4_999 + 500);
    }

    @Test
    void aShortRowLateInTheFileIsReportedWithItsLine() throws IOException {
        Path file = table(3_000, "uri-last\r\n");
        assertThatThrownBy(() -> CsvTable.read(file, List.of(), row -> { }))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("the row has 1 cells but the header has 2")
                .hasMessageContaining(":" + (2 + 3_000 + 300));
    }

    @Test
    void aConsumerThatFailsStopsTheParsingThread() throws IOException {
        Path file = table(20_000, "");
        for (int attempt = 0; attempt < 5; attempt++) {
            long[] seen = {0};
            assertThatThrownBy(() -> CsvTable.read(file, List.of(), row -> {
                if (++seen[0] == 1_000) {
                    throw new IllegalStateException("stop here");
                }
            })).isInstanceOf(ImportException.class).hasMessageContaining("stop here");
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("kulisse-csv"));
        assertThat(CsvTable.read(file, List.of(), row -> { })).isEqualTo(20_000);
    }

    @Test
    void bytesThatAreNotUtf8FarIntoTheFileAreReported() throws IOException {
        Path file = table(4_000, "");
        byte[] bytes = Files.readAllBytes(file);
        byte[] broken = new byte[bytes.length + 3];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = 'x';
        broken[bytes.length + 1] = (byte) 0xC3; // a lead byte followed by no continuation byte
        broken[bytes.length + 2] = ',';
        Files.write(file, broken);
        assertThatThrownBy(() -> CsvTable.read(file, List.of(), row -> { }))
                .isInstanceOf(ImportException.class).hasMessageContaining("not UTF-8");
    }
}
