/*
 * Preloaded into DPDK 22.11's dpdk-test-crypto-perf by the DPDK guest
 * (dpdk-init.sh) when it measures throughput.
 *
 * crypto-perf's main lcore does no work of its own: it launches the
 * worker and waits in rte_eal_wait_lcore(), which spins.  The guest has
 * one vCPU, so the spinning main lcore takes turns with the worker on it,
 * and how the guest's scheduler shares them changes every run's result
 * (by 2x and more).  Here the wait sleeps instead, 1 ms at a time, until
 * the worker is done; the worker has the vCPU to itself, as it would have
 * a core of its own on real hardware.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <time.h>

#define LCORE_RUNNING 1  /* enum rte_lcore_state_t: WAIT, RUNNING */

typedef int LcoreFn(unsigned int worker_id);

LcoreFn rte_eal_wait_lcore;

int rte_eal_wait_lcore(unsigned int worker_id)
{
    static LcoreFn *wait_real, *state;
    const struct timespec ms = { .tv_nsec = 1000 * 1000 };

    if (!wait_real) {
        wait_real = (LcoreFn *)dlsym(RTLD_NEXT, "rte_eal_wait_lcore");
        state = (LcoreFn *)dlsym(RTLD_NEXT, "rte_eal_get_lcore_state");
    }
    while (state && state(worker_id) == LCORE_RUNNING) {
        nanosleep(&ms, NULL);
    }
    return wait_real(worker_id);
}
