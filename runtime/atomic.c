/*
 * atomic.c: package sync/atomic, on GCC's __atomic builtins with
 * sequentially consistent ordering (Go's atomics are sequentially
 * consistent).  With one OS thread running goroutines these are cheap, but
 * they stay correct should the scheduler ever use more.  Each one is a
 * preemption point (rt_preempt_point): a goroutine spinning on an atomic
 * lets the others run, as gc's preemption does.
 */
#include "rt.h"

#define SWAP(T, Name)                                                                              \
	T gort_atomic_Swap##Name(T *addr, T v)                                                     \
	{                                                                                          \
		rt_preempt_point(1);                                                               \
		return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST);                             \
	}
#define CAS(T, Name)                                                                               \
	uint8_t gort_atomic_CompareAndSwap##Name(T *addr, T old, T new_)                           \
	{                                                                                          \
		rt_preempt_point(1);                                                               \
		return __atomic_compare_exchange_n(addr, &old, new_, false, __ATOMIC_SEQ_CST,      \
		                                   __ATOMIC_SEQ_CST);                              \
	}
#define ADD(T, Name)                                                                               \
	T gort_atomic_Add##Name(T *addr, T d)                                                      \
	{                                                                                          \
		rt_preempt_point(1);                                                               \
		return __atomic_add_fetch(addr, d, __ATOMIC_SEQ_CST);                              \
	}
#define LOAD(T, Name)                                                                              \
	T gort_atomic_Load##Name(T *addr)                                                          \
	{                                                                                          \
		rt_preempt_point(1);                                                               \
		return __atomic_load_n(addr, __ATOMIC_SEQ_CST);                                    \
	}
#define STORE(T, Name)                                                                             \
	void gort_atomic_Store##Name(T *addr, T v)                                                 \
	{                                                                                          \
		rt_preempt_point(1);                                                               \
		__atomic_store_n(addr, v, __ATOMIC_SEQ_CST);                                       \
	}
#define ALL(T, Name) SWAP(T, Name) CAS(T, Name) LOAD(T, Name) STORE(T, Name)

ALL(int32_t, Int32)
ALL(int64_t, Int64)
ALL(uint32_t, Uint32)
ALL(uint64_t, Uint64)
ALL(void *, Pointer)
ADD(int32_t, Int32)
ADD(int64_t, Int64)
ADD(uint32_t, Uint32)
ADD(uint64_t, Uint64)
SWAP(uintptr_t, Uintptr)
