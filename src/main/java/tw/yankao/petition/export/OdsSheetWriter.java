package tw.yankao.petition.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.odftoolkit.odfdom.doc.OdfSpreadsheetDocument;
import org.odftoolkit.odfdom.doc.table.OdfTable;

/** OpenDocument spreadsheet, the format the national open-data rules prefer. */
final class OdsSheetWriter implements SheetWriter {

	@Override
	public void write(Sheet sheet, OutputStream out) throws IOException {
		try (OdfSpreadsheetDocument document = OdfSpreadsheetDocument.newSpreadsheetDocument()) {
			OdfTable table = document.getTableList(false).get(0);
			table.setTableName(sheet.title());
			row(table, 0, sheet.header());
			for (int i = 0; i < sheet.rows().size(); i++) {
				row(table, i + 1, sheet.rows().get(i));
			}
			document.save(out);
		}
		catch (IOException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IOException("could not write the ODS file", ex);
		}
	}

	private static void row(OdfTable table, int index, List<String> fields) {
		for (int i = 0; i < fields.size(); i++) {
			table.getCellByPosition(i, index).setStringValue(fields.get(i) == null ? "" : fields.get(i));
		}
	}

}
