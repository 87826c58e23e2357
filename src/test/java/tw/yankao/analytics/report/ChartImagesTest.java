package tw.yankao.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.awt.image.BufferedImage;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import tw.yankao.shared.document.Book;

/** Charts drawn for documents. */
class ChartImagesTest {

	@Test
	void aBarChartIsAPngOfTheChartSizeWithBarsDrawn() throws Exception {
		byte[] png = ChartImages.bars(List.of("道路", "交通"), List.of("本月", "上月", "去年同月"),
				new long[][] { { 10, 3 }, { 5, 0 }, { 8, 1 } });

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isEqualTo(ChartImages.WIDTH);
		assertThat(image.getHeight()).isEqualTo(ChartImages.HEIGHT);
		// the tallest bar (10 of an axis to 10) reaches near the top of the plot: some pixel there is not white
		boolean drawn = false;
		for (int x = 90; x < 600 && !drawn; x++) {
			drawn = image.getRGB(x, 70) != 0xFFFFFFFF;
		}
		assertThat(drawn).isTrue();
		assertThat(new Book.Image(png, "長條圖", 16).heightCm()).isEqualTo(8f);
	}

	@Test
	void theAxisEndsOnARoundNumber() {
		assertThat(ChartImages.niceMax(new long[][] { { 3 } })).isEqualTo(4);
		assertThat(ChartImages.niceMax(new long[][] { { 13, 7 } })).isEqualTo(20);
		assertThat(ChartImages.niceMax(new long[][] { { 430 } })).isEqualTo(500);
		assertThat(ChartImages.niceMax(new long[][] { { 1000 } })).isEqualTo(1000);
	}

}
