/** Downloads of plan books: one agency's plan, and the city book of a year. */
package tw.yankao.plan.book.web;
