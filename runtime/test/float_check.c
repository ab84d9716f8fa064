/* float_check.c: the C twin of float_check.go: shortest and fixed float formatting
 * over a few thousand pseudo-random floats. */
#include "rtt.h"

static uint64_t state = 88172645463325252ull;
static uint64_t next(void)
{
	state ^= state << 13;
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static void gomain(void)
{
	for (int i = 0; i < 3000; i++) {
		uint64_t u = next();
		double f;
		memcpy(&f, &u, 8);
		if (i % 3 == 1)
			f = (double)(int64_t)(u >> 11) / (double)((uint64_t)1 << (u % 60));
		if (i % 3 == 2)
			f = (double)((int64_t)(u % 2000000) - 1000000) / 1000;
		uint32_t u32 = (uint32_t)(u >> 32);
		float g;
		memcpy(&g, &u32, 4);
		gort_fmt_Println(ARGS(F(f), F32(g)));
		PRINTF("%e %.3g %g %.2f %G %x\n", F(f), F(f), F(f), F(f), F32(g), F(f));
	}
	for (int i = 0; i < 4000; i++) {
		uint64_t u = next();
		int k = (int)(u % 18);
		double p = 1;
		for (int j = 0; j < k; j++)
			p *= 10;
		double n = (double)(int64_t)((u >> 8) % 1000000000000000000ull >> (u % 50));
		gort_fmt_Println(ARGS(F(n / p), F(-n / p), F32((float)(n / p)), F(n)));
	}
}

int main(int argc, char **argv) { return gort_start(argc, argv, NULL, gomain); }
