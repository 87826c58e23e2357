/** Demo data: the SPI through which each module seeds a realistic city on first start. */
package tw.yankao.shared.demo;
