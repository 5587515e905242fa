package kz.tendik.indicators.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * A CSV file as its header and its rows of text cells (RFC 4180, read and written by Jackson's CSV format). Files
 * are UTF-8; a byte order mark, as in UNDP's downloads, is skipped. Empty lines are skipped; rows keep their
 * number (1 = the first row after the header).
 */
public record CsvTable(List<String> header, List<Row> rows) {

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final CsvMapper MAPPER = CsvMapper.builder()
            .enable(CsvReadFeature.WRAP_AS_ARRAY)
            .enable(CsvReadFeature.SKIP_EMPTY_LINES)
            .build();

    /** A row: its number among the data rows (from 1) and its cells, as many as the line had. */
    public record Row(int number, List<String> cells) {

        /** The cell of the column, or {@code ""} when the row is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    public static CsvTable read(InputStream in) {
        return read(new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static CsvTable read(Reader source) {
        try (Reader reader = withoutByteOrderMark(source);
             MappingIterator<String[]> lines = MAPPER.readerFor(String[].class).with(CsvSchema.emptySchema())
                     .readValues(reader)) {
            if (!lines.hasNext()) {
                return new CsvTable(List.of(), List.of());
            }
            List<String> header = Arrays.asList(lines.next());
            List<Row> rows = new ArrayList<>();
            while (lines.hasNext()) {
                rows.add(new Row(rows.size() + 1, Arrays.asList(lines.next())));
            }
            return new CsvTable(header, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index of the column named exactly so, or -1. */
    public int column(String name) {
        return header.indexOf(name);
    }

    /** Writes a header and rows (quoting only where needed, {@code \n} line ends). */
    public static void write(Writer out, List<String> header, List<List<String>> rows) {
        CsvSchema schema = CsvSchema.builder().addColumns(header, CsvSchema.ColumnType.STRING).build().withHeader();
        try (var writer = MAPPER.writer(schema).writeValues(out)) {
            for (List<String> row : rows) {
                writer.write(row);
            }
        }
    }

    /** Writes a header now and then rows one at a time, as {@link #write} does; closing ends the file. */
    public static RowWriter open(Writer out, List<String> header) {
        CsvSchema schema = CsvSchema.builder().addColumns(header, CsvSchema.ColumnType.STRING).build().withHeader();
        return new RowWriter(MAPPER.writer(schema).writeValues(out));
    }

    /** Rows written one at a time (see {@link #open}). */
    public static final class RowWriter implements AutoCloseable {

        private final tools.jackson.databind.SequenceWriter writer;

        private RowWriter(tools.jackson.databind.SequenceWriter writer) {
            this.writer = writer;
        }

        /** One row; a {@code null} cell is written empty and unquoted. */
        public void write(List<String> row) {
            writer.write(row);
        }

        @Override
        public void close() {
            writer.close();
        }
    }

    private static Reader withoutByteOrderMark(Reader source) throws IOException {
        BufferedReader reader = new BufferedReader(source);
        reader.mark(1);
        if (reader.read() != BYTE_ORDER_MARK) {
            reader.reset();
        }
        return reader;
    }
}
