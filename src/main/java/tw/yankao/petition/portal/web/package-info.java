/** The portal's pages for citizens (anonymous), its map JSON, and the photo views for case handlers. */
package tw.yankao.petition.portal.web;
