// LD_PRELOAD shim for bench/recommend/speed.py --no-vnni: measure the engine as it runs on a
// CPU with AVX2 but without AVX-512 and VNNI (CI and many machines), on one that has them.
//
// Linux can make the CPUID instruction fault (arch_prctl ARCH_SET_CPUID, on CPUs with the
// cpuid_fault flag, which this VM has); the SIGSEGV handler below answers each CPUID itself,
// with the AVX-512 (F, DQ, IFMA, CD, BW, VL, VBMI, VBMI2, VNNI, BITALG, VPOPCNTDQ, FP16, BF16),
// AVX-VNNI and AMX bits cleared, and steps over the instruction. onnxruntime (MLAS) and
// OpenBLAS read CPUID when they load, after this constructor, so they pick their AVX2
// kernels; numpy reports the same (speed.py checks its __cpu_features__). The setting is
// per thread and inherited by the threads and children started after it; an exec resets
// it, and LD_PRELOAD sets it again in the new program. NOVNNI_VERBOSE=1 reports the count.
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/syscall.h>
#include <ucontext.h>
#include <unistd.h>
#include <cpuid.h>
#define ARCH_SET_CPUID 0x1012
static long set_cpuid(int on) { return syscall(SYS_arch_prctl, ARCH_SET_CPUID, on); }
static volatile long traps;
static void report(void) { if (getenv("NOVNNI_VERBOSE")) fprintf(stderr, "novnni: %ld CPUID traps\n", traps); }
static void handler(int sig, siginfo_t *si, void *ctx) {
    ucontext_t *uc = ctx;
    greg_t *g = uc->uc_mcontext.gregs;
    unsigned char *ip = (unsigned char *)g[REG_RIP];
    if (!(ip[0] == 0x0f && ip[1] == 0xa2)) { signal(SIGSEGV, SIG_DFL); raise(SIGSEGV); return; }
    __sync_fetch_and_add(&traps, 1);
    unsigned leaf = (unsigned)g[REG_RAX], sub = (unsigned)g[REG_RCX];
    unsigned a, b, c, d;
    set_cpuid(1);
    __cpuid_count(leaf, sub, a, b, c, d);
    set_cpuid(0);
    if (leaf == 7 && sub == 0) {
        b &= ~((1u<<16)|(1u<<17)|(1u<<21)|(1u<<26)|(1u<<27)|(1u<<28)|(1u<<30)|(1u<<31));
        c &= ~((1u<<1)|(1u<<6)|(1u<<11)|(1u<<12)|(1u<<14));
        d &= ~((1u<<2)|(1u<<3)|(1u<<8)|(1u<<22)|(1u<<23)|(1u<<24)|(1u<<25));
    } else if (leaf == 7 && sub == 1) {
        a &= ~((1u<<4)|(1u<<5));
    }
    g[REG_RAX] = a; g[REG_RBX] = b; g[REG_RCX] = c; g[REG_RDX] = d;
    g[REG_RIP] += 2;
}
__attribute__((constructor)) static void init(void) {
    struct sigaction sa; memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = handler; sa.sa_flags = SA_SIGINFO;
    sigaction(SIGSEGV, &sa, NULL);
    if (set_cpuid(0) != 0) { perror("novnni: ARCH_SET_CPUID"); }
    atexit(report);
    if (getenv("NOVNNI_VERBOSE")) fprintf(stderr, "novnni: CPUID faulting on\n");
}
