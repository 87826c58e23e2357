package tw.yankao.petition.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

/**
 * Re-encodes a photo from its pixels only. ImageIO writes a plain JFIF or PNG stream, so whatever
 * the camera or phone wrote beside the pixels — EXIF with the GPS position, XMP, comments,
 * PNG text chunks — is not carried over.
 */
public final class MetadataStripper {

	private MetadataStripper() {
	}

	/**
	 * @param contentType {@code image/jpeg} or {@code image/png}
	 * @return the pixels re-encoded, or null when the bytes are not a readable image
	 */
	public static byte[] strip(byte[] content, String contentType) {
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(content));
			if (image == null) {
				return null;
			}
			String format = "image/png".equals(contentType) ? "png" : "jpg";
			if (format.equals("jpg") && image.getColorModel().hasAlpha()) {
				// the JPEG writer refuses alpha; drop it onto white
				BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
				rgb.createGraphics().drawImage(image, 0, 0, java.awt.Color.WHITE, null);
				image = rgb;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(content.length);
			if (!ImageIO.write(image, format, out)) {
				return null;
			}
			return out.toByteArray();
		}
		catch (IOException | RuntimeException unreadable) {
			// a corrupt stream makes ImageIO readers throw IIOException, some of them runtime exceptions
			return null;
		}
	}

}
