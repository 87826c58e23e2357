package tw.yankao.petition.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import tw.yankao.shared.web.InvalidInput;

class MetadataStripperTest {

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	@Test
	void aJpegWithGpsExifComesOutWithoutIt() throws Exception {
		byte[] original = MetadataStripperTestImages.jpegWithGps();
		assertThat(contains(original, "Exif".getBytes(StandardCharsets.ISO_8859_1))).isTrue();
		assertThat(ImageIO.read(new ByteArrayInputStream(original))).as("the test image is readable").isNotNull();

		byte[] stripped = MetadataStripper.strip(original, "image/jpeg");

		assertThat(contains(stripped, "Exif".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
		assertThat(contains(stripped, "GPS".getBytes(StandardCharsets.ISO_8859_1))).isFalse();
		assertThat(contains(stripped, new byte[] { (byte) 0xFF, (byte) 0xE1 })).as("no APP1 segment").isFalse();
		BufferedImage back = ImageIO.read(new ByteArrayInputStream(stripped));
		assertThat(back.getWidth()).isEqualTo(32);
		assertThat(back.getHeight()).isEqualTo(24);
	}

	@Test
	void bytesThatAreNoImageAreRefusedNamingTheFieldAndFile() {
		CaseAttachments attachments = new CaseAttachments(null, null);
		byte[] notAJpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 };
		assertThatThrownBy(() -> attachments.check("photos", List.of(new Photo("broken.jpg", notAJpeg))))
			.isInstanceOfSatisfying(InvalidInput.class, e -> {
				assertThat(e.errors()).extracting(InvalidInput.FieldError::field).containsExactly("photos");
				assertThat(e.errors().get(0).messageKey()).isEqualTo("portal.error.photos.MISMATCH");
				assertThat(e.errors().get(0).arguments()).contains("broken.jpg");
			});
	}


}
