/** Storage of annual plans: the facade's implementation, its repositories and the demo plans. */
package tw.yankao.plan.internal;
