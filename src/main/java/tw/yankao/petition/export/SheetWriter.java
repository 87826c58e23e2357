package tw.yankao.petition.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Sheet} in one file format. */
interface SheetWriter {

	void write(Sheet sheet, OutputStream out) throws IOException;

}
