/** Application metrics (MicroProfile Metrics, exported at /metrics as ovoz_*) and process figures. */
package uz.ovoz.platform.metrics;
