/**
 * Group commit: a bounded queue of writes ({@code BatchQueue}) that a timer stores in batches, one
 * transaction per batch, and the flusher every feature's writer extends ({@code Flusher}): its timer,
 * limits, drain on stop and batch-then-row-by-row write.
 */
package uz.ovoz.platform.batch;
