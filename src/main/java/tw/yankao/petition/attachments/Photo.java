package tw.yankao.petition.attachments;

/**
 * A photo as uploaded.
 *
 * @param fileName the name as given by the browser
 * @param content the bytes
 */
public record Photo(String fileName, byte[] content) {

	@Override
	public String toString() {
		return "Photo[" + fileName + ", " + (content == null ? 0 : content.length) + " bytes]";
	}
}
