/*
 * Preloaded into DPDK 22.11's dpdk-test by the DPDK guest (dpdk-init.sh).
 *
 * The crypto_virtio PMD refuses an HMAC-alone session on its own (it makes
 * cipher and cipher/hash chain sessions only; nothing reaches the device)
 * and returns -1, so rte_cryptodev_sym_session_create() fails with rte_errno
 * EPERM instead of ENOTSUP.  The autotest's create_auth_session() skips
 * only on ENOTSUP; on any other error it returns 0 with no session, the
 * test enqueues an op without one, and the PMD's enqueue dereferences it:
 * dpdk-test segfaults in the Negative HMAC SHA1 suite, and the suites after
 * it never run (the same crash, at the same case, on upstream QEMU 10.0:
 * the device is never asked).  DPDK 25.03 fixed both sides (d439ea4ffb:
 * the PMD returns -ENOTSUP; bda6b74939: the test fails on a missing
 * session).
 *
 * Here that one failure gets the fixed PMD's ENOTSUP: only for a lone
 * auth transform, which the PMD refuses before its control queue, so no
 * error of the device becomes a skip.  Each change is printed.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>

struct xform_head {  /* the head of DPDK 22.11's struct rte_crypto_sym_xform */
    struct xform_head *next;
    int type;        /* enum rte_crypto_sym_xform_type */
};
#define XFORM_AUTH 1 /* RTE_CRYPTO_SYM_XFORM_AUTH */

typedef void *SessionCreate(uint8_t dev_id, struct xform_head *xforms,
                            void *mp);

/*
 * rte_errno of this thread: librte_eal's thread-local per_lcore__rte_errno,
 * whose address dlsym gives for the calling thread
 */
static int *rte_errno_of_thread(void)
{
    static int none;
    int *p = dlsym(RTLD_DEFAULT, "per_lcore__rte_errno");

    return p ? p : &none;
}

SessionCreate rte_cryptodev_sym_session_create;

void *rte_cryptodev_sym_session_create(uint8_t dev_id,
                                       struct xform_head *xforms, void *mp)
{
    static SessionCreate *real;
    void *sess;

    if (!real) {
        real = (SessionCreate *)dlsym(RTLD_NEXT,
                                      "rte_cryptodev_sym_session_create");
        if (!real) {
            fprintf(stderr, "QVC-ERROR dpdk-enotsup: %s\n", dlerror());
            *rte_errno_of_thread() = ENOTSUP;
            return NULL;
        }
    }
    sess = real(dev_id, xforms, mp);
    if (!sess && *rte_errno_of_thread() == EPERM && xforms &&
        xforms->type == XFORM_AUTH && !xforms->next) {
        printf("QVC-DPDK-ENOTSUP auth-only session refused by the PMD: "
               "rte_errno EPERM -> ENOTSUP\n");
        fflush(stdout);
        *rte_errno_of_thread() = ENOTSUP;
    }
    return sess;
}
