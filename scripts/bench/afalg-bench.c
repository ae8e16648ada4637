/*
 * qvc-afalg-bench: AES-128-CBC encryption throughput through AF_ALG, for the
 * guest image of the end-to-end benchmark (scripts/bench/e2e.sh).  Built
 * static on the host (the image has no compiler, and only the libc pieces
 * kcapi-enc needs), so it runs under the guest's busybox /init.
 *
 *   qvc-afalg-bench IMPL DRIVER SIZE MSEC STREAMS
 *
 * Forks STREAMS processes, each with its own AF_ALG socket and key, bound to
 * the crypto driver DRIVER by name (so the kernel cannot pick another
 * implementation).  Once all are set up they start together and, for MSEC
 * milliseconds each, encrypt SIZE bytes per request (sendmsg with operation
 * and IV, then read the result back).  Prints one line on stdout:
 *
 *   QVC-BENCH impl=IMPL driver=DRIVER streams=S size=N ops=O bytes=B usec=U tail=HEX
 *
 * B and O are summed over the streams, U is the longest stream's time, and
 * tail is the last block of the first request's ciphertext (same key, IV and
 * plaintext for every IMPL, so the host can see that the drivers agree).
 * On failure: QVC-BENCH-ERROR ... what=..., and a non-zero status.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/if_alg.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_STREAMS 16
#define BLOCK 16

struct result {
    uint64_t ops, bytes, usec;
    unsigned char tail[BLOCK];
    int err;  /* 0, or the step that failed (errno in errno_val) */
    int errno_val;
};

static const char *steps[] = { "ok", "socket", "bind", "setkey", "accept",
                               "sendmsg", "read", "short-read", "start" };

static uint64_t now_usec(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000 + ts.tv_nsec / 1000;
}

/* One request: encrypt in (len bytes) into out, with a fresh IV each time as
 * a real user would send.  Returns 0 or the failed step. */
static int encrypt_once(int opfd, const unsigned char *iv,
                        const unsigned char *in, unsigned char *out, size_t len)
{
    char cbuf[CMSG_SPACE(sizeof(uint32_t)) +
              CMSG_SPACE(sizeof(struct af_alg_iv) + BLOCK)] = { 0 };
    struct iovec iov = { .iov_base = (void *)in, .iov_len = len };
    struct msghdr msg = {
        .msg_control = cbuf, .msg_controllen = sizeof(cbuf),
        .msg_iov = &iov, .msg_iovlen = 1,
    };
    struct cmsghdr *c = CMSG_FIRSTHDR(&msg);
    struct af_alg_iv *aiv;
    size_t got = 0;
    ssize_t n;

    c->cmsg_level = SOL_ALG;
    c->cmsg_type = ALG_SET_OP;
    c->cmsg_len = CMSG_LEN(sizeof(uint32_t));
    *(uint32_t *)CMSG_DATA(c) = ALG_OP_ENCRYPT;
    c = CMSG_NXTHDR(&msg, c);
    c->cmsg_level = SOL_ALG;
    c->cmsg_type = ALG_SET_IV;
    c->cmsg_len = CMSG_LEN(sizeof(struct af_alg_iv) + BLOCK);
    aiv = (struct af_alg_iv *)CMSG_DATA(c);
    aiv->ivlen = BLOCK;
    memcpy(aiv->iv, iv, BLOCK);

    if (sendmsg(opfd, &msg, 0) != (ssize_t)len) {
        return 5;
    }
    while (got < len) {
        n = read(opfd, out + got, len - got);
        if (n < 0) {
            return 6;
        }
        if (n == 0) {
            return 7;
        }
        got += n;
    }
    return 0;
}

/* A stream's process: set up, report ready, wait for the start, run. */
static void stream(const char *driver, size_t len, uint64_t msec,
                   int ready_fd, int go_fd, int result_fd)
{
    static const unsigned char key[BLOCK] = "qvc-bench-key-16";
    struct sockaddr_alg sa = { .salg_family = AF_ALG, .salg_type = "skcipher" };
    struct result r = { 0 };
    unsigned char iv[BLOCK] = { 0 }, *in, *out;
    uint64_t t0, deadline;
    int tfm = -1, op = -1;
    size_t i;
    char c;

    in = malloc(len);
    out = malloc(len);
    if (!in || !out) {
        exit(1);
    }
    for (i = 0; i < len; i++) {
        in[i] = (unsigned char)(i * 7 + 1);
    }
    strncpy((char *)sa.salg_name, driver, sizeof(sa.salg_name) - 1);

    /* a stuck device must not hang the guest forever: die, the parent reports */
    alarm(msec / 1000 + 60);
    if ((tfm = socket(AF_ALG, SOCK_SEQPACKET, 0)) < 0) {
        r.err = 1;
    } else if (bind(tfm, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
        r.err = 2;
    } else if (setsockopt(tfm, SOL_ALG, ALG_SET_KEY, key, sizeof(key)) < 0) {
        r.err = 3;
    } else if ((op = accept(tfm, NULL, 0)) < 0) {
        r.err = 4;
    }
    r.errno_val = errno;
    if (write(ready_fd, "r", 1) != 1 || read(go_fd, &c, 1) != 0) {
        r.err = r.err ? r.err : 8;
    }
    if (!r.err) {
        t0 = now_usec();
        deadline = t0 + msec * 1000;
        do {
            memset(iv, (int)(r.ops & 0xff), BLOCK);  /* op 0: all-zero IV */
            r.err = encrypt_once(op, iv, in, out, len);
            if (r.err) {
                r.errno_val = errno;
                break;
            }
            if (r.ops == 0) {
                memcpy(r.tail, out + len - BLOCK, BLOCK);
            }
            r.ops++;
            r.bytes += len;
        } while (now_usec() < deadline);
        r.usec = now_usec() - t0;
    }
    if (write(result_fd, &r, sizeof(r)) != sizeof(r)) {
        exit(1);
    }
    exit(0);
}

int main(int argc, char **argv)
{
    int ready[2], go[2], res[2], streams, i, st, failed = 0;
    struct result r, sum = { 0 };
    unsigned long size;
    uint64_t msec;
    char c;

    if (argc != 6) {
        fprintf(stderr, "usage: %s IMPL DRIVER SIZE MSEC STREAMS\n", argv[0]);
        return 2;
    }
    size = strtoul(argv[3], NULL, 0);
    msec = strtoull(argv[4], NULL, 0);
    streams = atoi(argv[5]);
    if (size < BLOCK || size % BLOCK || streams < 1 || streams > MAX_STREAMS) {
        fprintf(stderr, "SIZE: a multiple of %d; STREAMS: 1..%d\n", BLOCK, MAX_STREAMS);
        return 2;
    }
    if (pipe(ready) || pipe(go) || pipe(res)) {
        perror("pipe");
        return 1;
    }
    for (i = 0; i < streams; i++) {
        pid_t pid = fork();

        if (pid < 0) {
            perror("fork");
            return 1;
        }
        if (pid == 0) {
            close(go[1]);
            stream(argv[2], size, msec, ready[1], go[0], res[1]);
        }
    }
    close(ready[1]);
    close(go[0]);
    close(res[1]);
    /* start them together: closing the go pipe wakes every stream at once */
    for (i = 0; i < streams; i++) {
        if (read(ready[0], &c, 1) != 1) {
            break;
        }
    }
    close(go[1]);

    for (i = 0; i < streams; i++) {
        if (read(res[0], &r, sizeof(r)) != sizeof(r)) {
            r.err = -1;  /* the stream died (the alarm, or a signal) */
        }
        if (r.err) {
            printf("QVC-BENCH-ERROR impl=%s driver=%s streams=%d size=%lu what=%s errno=%d\n",
                   argv[1], argv[2], streams, size,
                   r.err > 0 ? steps[r.err] : "died", r.err > 0 ? r.errno_val : 0);
            failed = 1;
            continue;
        }
        if (i == 0) {
            memcpy(sum.tail, r.tail, BLOCK);
        }
        sum.ops += r.ops;
        sum.bytes += r.bytes;
        sum.usec = r.usec > sum.usec ? r.usec : sum.usec;
    }
    while (wait(&st) > 0) {
    }
    if (failed) {
        return 1;
    }
    printf("QVC-BENCH impl=%s driver=%s streams=%d size=%lu ops=%llu bytes=%llu usec=%llu tail=",
           argv[1], argv[2], streams, size, (unsigned long long)sum.ops,
           (unsigned long long)sum.bytes, (unsigned long long)sum.usec);
    for (i = 0; i < BLOCK; i++) {
        printf("%02x", sum.tail[i]);
    }
    printf("\n");
    return 0;
}
