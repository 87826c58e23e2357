package tw.yankao.petition.attachments;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Test images with metadata. */
public final class MetadataStripperTestImages {

	private MetadataStripperTestImages() {
	}

	/** A small JPEG carrying an EXIF segment with a GPS IFD pointer and a GPS latitude tag. */
	public static byte[] jpegWithGps() throws Exception {
		BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, 0xff0000);
		ByteArrayOutputStream plain = new ByteArrayOutputStream();
		ImageIO.write(image, "jpg", plain);
		byte[] jpeg = plain.toByteArray();
		ByteArrayOutputStream tiff = new ByteArrayOutputStream();
		// "Exif\0\0", then a big-endian TIFF header, IFD0 with one entry: GPSInfo (0x8825) → offset 26
		tiff.write("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		tiff.write(new byte[] { 'M', 'M', 0, 42, 0, 0, 0, 8 });
		tiff.write(new byte[] { 0, 1, (byte) 0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 26, 0, 0, 0, 0 });
		// GPS IFD: GPSLatitudeRef 'N' (tag 1, ASCII)
		tiff.write(new byte[] { 0, 1, 0, 1, 0, 2, 0, 0, 0, 2, 'N', 0, 0, 0, 0, 0, 0, 0 });
		tiff.write("GPS 24.1477N 120.6736E".getBytes(StandardCharsets.ISO_8859_1));
		byte[] payload = tiff.toByteArray();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(jpeg, 0, 2); // SOI
		out.write(0xFF);
		out.write(0xE1);
		int length = payload.length + 2;
		out.write(length >> 8);
		out.write(length & 0xff);
		out.write(payload);
		out.write(jpeg, 2, jpeg.length - 2);
		return out.toByteArray();
	}

}
