package org.qiyouxiang.app.excel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qiyouxiang.app.Samples;

/**
 * Hostile and broken spreadsheets made from the office's sample: what a reader of files that come by
 * e-mail and chat programs must survive. Written under names with Chinese and a space.
 */
final class BadSpreadsheets {

    static final String SECRET = "机密内容不应出现在任何提示中";
    private static final String SHEET = "xl/worksheets/sheet1.xml";
    private static final String STRINGS = "xl/sharedStrings.xml";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** Writes an entry's replacement content. */
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private BadSpreadsheets() {
    }

    /** Writes every bad file into {@code folder}; name → path. */
    static Map<String, Path> write(Path folder) throws IOException {
        Files.createDirectories(folder);
        byte[] sample = Files.readAllBytes(Samples.workList());
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, SECRET, StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("实体 膨胀.xlsx", rewrite(sample, STRINGS, out -> out.write(billionLaughs())));
        files.put("外部 实体.xlsx", rewrite(sample, STRINGS, out -> out.write(externalEntity(secret))));
        files.put("压缩 炸弹.xlsx", rewrite(sample, SHEET, BadSpreadsheets::zipBomb));
        files.put("大量 行.xlsx", rewrite(sample, SHEET, out -> manyRows(out, 150_000)));
        files.put("百万 行.xlsx", rewrite(sample, SHEET, out -> manyRows(out, 1_000_000)));
        files.put("重复 条目.xlsx", duplicateEntry(sample, SHEET));
        files.put("字符串 越界.xlsx", rewrite(sample, STRINGS, out -> out.write(
                ("<sst xmlns=\"" + MAIN_NS + "\"/>").getBytes(StandardCharsets.UTF_8))));
        files.put("加密 清单.xlsx", encrypted(sample));
        files.put("截断 一成.xlsx", Arrays.copyOf(sample, sample.length / 10));
        files.put("截断 一半.xlsx", Arrays.copyOf(sample, sample.length / 2));
        files.put("截断 少一字节.xlsx", Arrays.copyOf(sample, sample.length - 1));
        files.put("空 文件.xlsx", new byte[0]);
        files.put("纯 文本.xlsx", "序号,名称\n1,托育\n".getBytes(StandardCharsets.UTF_8));
        files.put("网页 另存.xls", "<html><body><table><tr><td>名称</td></tr></table></body></html>"
                .getBytes(StandardCharsets.UTF_8));
        files.put("巨大 稀疏.xlsx", hugeSparse(sample, true));
        files.put("巨大 稀疏 无表头.xlsx", hugeSparse(sample, false));
        files.put("公式 单元格.xlsx", withFormulas(sample));
        byte[] xls = asXls(sample);
        files.put("旧格式 清单.xls", xls);
        files.put("旧格式 截断.xls", Arrays.copyOf(xls, xls.length / 2));
        Map<String, Path> written = new LinkedHashMap<>();
        for (var file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.write(path, file.getValue());
            written.put(file.getKey(), path);
        }
        return written;
    }

    /** A thousand million 哈 from a few lines of DOCTYPE. */
    private static byte[] billionLaughs() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE sst [\n<!ENTITY a0 \"哈哈哈哈哈哈哈哈哈哈\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<sst xmlns=\"").append(MAIN_NS).append("\"><si><t>&a9;</t></si></sst>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Tries to pull a local file's text into a cell. */
    private static byte[] externalEntity(Path secret) {
        return ("<?xml version=\"1.0\"?>\n<!DOCTYPE sst [<!ENTITY secret SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<sst xmlns=\"" + MAIN_NS + "\"><si><t>&secret;</t></si></sst>").getBytes(StandardCharsets.UTF_8);
    }

    /** 200 MB of blanks inside a sheet, a few hundred KB once deflated. */
    private static void zipBomb(OutputStream out) throws IOException {
        out.write(("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
        byte[] blanks = new byte[1 << 20];
        Arrays.fill(blanks, (byte) ' ');
        for (int i = 0; i < 200; i++) {
            out.write(blanks);
        }
        out.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A sheet of real cells, too many for a work list, deflating well but not suspiciously well: a million
     * rows make a 13 MB file whose sheet expands to 81 MB, enough to run POI out of a 1 GB heap.
     */
    private static void manyRows(OutputStream out, int rows) throws IOException {
        out.write(("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData>").getBytes(StandardCharsets.UTF_8));
        StringBuilder chunk = new StringBuilder();
        for (int r = 1; r <= rows; r++) {
            chunk.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                    .append((r * 7919L) % 100_003).append("</v></c></row>");
            if (chunk.length() > 1 << 16) {
                out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
                chunk.setLength(0);
            }
        }
        chunk.append("</sheetData></worksheet>");
        out.write(chunk.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The zip again with one entry's content replaced. */
    private static byte[] rewrite(byte[] zip, String name, Content replacement) throws IOException {
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(result); ZipFile in = open(zip)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    replacement.writeTo(out);
                } else {
                    try (InputStream content = in.getInputStream(entry)) {
                        content.transferTo(out);
                    }
                }
                out.closeEntry();
            }
        }
        return result.toByteArray();
    }

    /** A second entry of the same name, with other content: Java refuses to write one, so the name is patched in. */
    private static byte[] duplicateEntry(byte[] zip, String name) throws IOException {
        String stand = name.substring(0, name.length() - 1) + "#";
        byte[] withStandIn = rewrite(zip, "docProps/app.xml", out -> { });
        ByteArrayOutputStream result = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(result); ZipFile in = open(withStandIn)) {
            Enumeration<? extends ZipEntry> entries = in.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                out.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(stand));
            out.write(("<worksheet xmlns=\"" + MAIN_NS + "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                    + "<is><t>另一份</t></is></c></row></sheetData></worksheet>").getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return replaceAll(result.toByteArray(), stand.getBytes(StandardCharsets.US_ASCII),
                name.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] replaceAll(byte[] data, byte[] from, byte[] to) {
        byte[] copy = data.clone();
        for (int i = 0; i + from.length <= copy.length; i++) {
            if (Arrays.equals(copy, i, i + from.length, from, 0, from.length)) {
                System.arraycopy(to, 0, copy, i, to.length);
            }
        }
        return copy;
    }

    private static byte[] encrypted(byte[] sample) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("mima");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(sample));
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            } catch (Exception e) {
                throw new IOException(e);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The last cell of the largest sheet Excel allows, below the work list or on an otherwise empty sheet. */
    private static byte[] hugeSparse(byte[] sample, boolean withWorkList) throws IOException {
        try (Workbook workbook = withWorkList ? new XSSFWorkbook(new ByteArrayInputStream(sample)) : new XSSFWorkbook()) {
            Sheet sheet = withWorkList ? workbook.getSheetAt(0) : workbook.createSheet("工作表1");
            if (!withWorkList) {
                sheet.createRow(0).createCell(0).setCellValue("2024年工作清单");
            }
            sheet.createRow(1_048_575).createCell(16_383).setCellValue("最后一格");
            sheet.addMergedRegion(new CellRangeAddress(5_000, 1_000_000, 20, 2_000));
            return bytes(workbook);
        }
    }

    /** Names and milestones as formulas: cached values, an error, a cycle, one never computed. */
    private static byte[] withFormulas(byte[] sample) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sample))) {
            Sheet sheet = workbook.getSheetAt(0);
            sheet.getRow(4).getCell(3).setCellFormula("\"托育\"&\"服务\"");
            sheet.getRow(5).getCell(3).setCellFormula("1/0");
            sheet.getRow(6).getCell(3).setCellFormula("D7");
            sheet.getRow(7).getCell(4).setCellFormula("#REF!+1");
            sheet.getRow(8).getCell(3).setCellFormula("INDIRECT(\"[外部.xlsx]Sheet1!A1\")");
            return bytes(workbook);
        }
    }

    /** The sample as an Excel 97–2003 workbook: values and merges. */
    private static byte[] asXls(byte[] sample) throws IOException {
        try (Workbook source = new XSSFWorkbook(new ByteArrayInputStream(sample)); HSSFWorkbook target = new HSSFWorkbook()) {
            Sheet from = source.getSheetAt(0);
            Sheet to = target.createSheet(from.getSheetName());
            for (Row row : from) {
                Row copy = to.createRow(row.getRowNum());
                for (Cell cell : row) {
                    copy.createCell(cell.getColumnIndex()).setCellValue(new org.apache.poi.ss.usermodel.DataFormatter()
                            .formatCellValue(cell));
                }
            }
            from.getMergedRegions().forEach(to::addMergedRegion);
            return bytes(target);
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private static ZipFile open(byte[] zip) throws IOException {
        Path temporary = Files.createTempFile("qyx-zip", ".zip");
        Files.write(temporary, zip);
        temporary.toFile().deleteOnExit();
        return new ZipFile(temporary.toFile());
    }
}
