/** Group commit: a bounded queue of writes that a timer stores in batches, one transaction per batch. */
package uz.ovoz.platform.batch;
