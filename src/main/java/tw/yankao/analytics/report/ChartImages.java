package tw.yankao.analytics.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * Draws grouped bar charts as PNG with plain Java2D, for documents, which cannot run the page's
 * ECharts. Each series has a colour and a hatching, so that a grey print tells them apart; the
 * figures themselves are in the table beside the chart.
 */
public final class ChartImages {

	static final int WIDTH = 1200;
	static final int HEIGHT = 600;
	private static final int LEFT = 90;
	private static final int RIGHT = 30;
	private static final int TOP = 60;
	private static final int BOTTOM = 150;
	private static final Color[] COLOURS = { new Color(0x1f5fa8), new Color(0x9aa5b1), new Color(0xd9822b) };

	private ChartImages() {
	}

	/**
	 * @param categories the x axis, one group of bars each
	 * @param series the legend, one per bar in a group (at most three)
	 * @param values {@code values[s][c]}: series {@code s} at category {@code c}
	 */
	public static byte[] bars(List<String> categories, List<String> series, long[][] values) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, WIDTH, HEIGHT);
			g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 18));
			long max = Math.max(1, niceMax(values));
			axes(g, max);
			legend(g, series);
			plot(g, categories, values, max);
		}
		finally {
			g.dispose();
		}
		return png(image);
	}

	private static void axes(Graphics2D g, long max) {
		int plotHeight = HEIGHT - TOP - BOTTOM;
		FontMetrics fm = g.getFontMetrics();
		// whole-number ticks: niceMax is a multiple of 4 or of 5
		int ticks = max % 4 == 0 ? 4 : 5;
		for (int i = 0; i <= ticks; i++) {
			int y = HEIGHT - BOTTOM - plotHeight * i / ticks;
			g.setColor(new Color(0xdddddd));
			g.drawLine(LEFT, y, WIDTH - RIGHT, y);
			g.setColor(Color.DARK_GRAY);
			String label = Long.toString(max * i / ticks);
			g.drawString(label, LEFT - 10 - fm.stringWidth(label), y + fm.getAscent() / 2);
		}
		g.setColor(Color.BLACK);
		g.drawLine(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM);
	}

	private static void legend(Graphics2D g, List<String> series) {
		int x = LEFT;
		for (int s = 0; s < series.size(); s++) {
			swatch(g, s, x, 20, 24, 18);
			g.setColor(Color.BLACK);
			g.drawString(series.get(s), x + 32, 36);
			x += 48 + g.getFontMetrics().stringWidth(series.get(s));
		}
	}

	private static void plot(Graphics2D g, List<String> categories, long[][] values, long max) {
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		int groups = Math.max(1, categories.size());
		int groupWidth = plotWidth / groups;
		int barWidth = Math.max(2, (int) (groupWidth * 0.8 / values.length));
		for (int c = 0; c < categories.size(); c++) {
			int groupX = LEFT + c * groupWidth + (int) (groupWidth * 0.1);
			for (int s = 0; s < values.length; s++) {
				int h = (int) (plotHeight * values[s][c] / max);
				swatch(g, s, groupX + s * barWidth, HEIGHT - BOTTOM - h, barWidth - 1, h);
			}
			label(g, categories.get(c), LEFT + c * groupWidth + groupWidth / 2);
		}
	}

	/** A category's name under its group, turned so that long names fit. */
	private static void label(Graphics2D g, String text, int centreX) {
		String shown = text.length() > 10 ? text.substring(0, 9) + "…" : text;
		Graphics2D turned = (Graphics2D) g.create();
		turned.setColor(Color.BLACK);
		turned.translate(centreX, HEIGHT - BOTTOM + 12);
		turned.rotate(Math.toRadians(35));
		turned.drawString(shown, 0, turned.getFontMetrics().getAscent());
		turned.dispose();
	}

	/** A filled box in the series' colour with the series' hatching: diagonal, none or crossed. */
	private static void swatch(Graphics2D g, int series, int x, int y, int w, int h) {
		g.setColor(COLOURS[series % COLOURS.length]);
		g.fillRect(x, y, w, h);
		Graphics2D hatch = (Graphics2D) g.create();
		hatch.clipRect(x, y, w, h);
		hatch.setColor(Color.WHITE);
		hatch.setStroke(new BasicStroke(1.5f));
		if (series % 3 != 1) {
			for (int d = -h; d < w; d += 8) {
				hatch.drawLine(x + d, y + h, x + d + h, y);
				if (series % 3 == 2) {
					hatch.drawLine(x + d, y, x + d + h, y + h);
				}
			}
		}
		hatch.dispose();
	}

	/** The axis maximum: the largest value rounded up to 1, 2 or 5 times a power of ten. */
	static long niceMax(long[][] values) {
		long max = 0;
		for (long[] row : values) {
			for (long v : row) {
				max = Math.max(max, v);
			}
		}
		if (max <= 4) {
			return 4;
		}
		long power = 1;
		while (power * 10 <= max) {
			power *= 10;
		}
		for (long step : new long[] { 1, 2, 4, 5, 10 }) {
			if (step * power >= max) {
				return step * power;
			}
		}
		return 10 * power;
	}

	private static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
