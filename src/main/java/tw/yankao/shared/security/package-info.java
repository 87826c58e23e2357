/** Roles and the access-rule SPI through which every module declares who may call its endpoints. */
package tw.yankao.shared.security;
