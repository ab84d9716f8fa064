/*
 * stdlib.c: the std-library subset gofront knows, written as Go.
 *
 * Each supported package is a Go source string of bodyless declarations.
 * On the first import it is parsed with the project's own parser
 * (parse_source) and checked into its own package scope by the ordinary
 * declaration machinery of check.c, with ck.stdpkg set: named types get
 * Type.pkg (so they print as "os.File"), and every Obj gets Obj.pkg.
 *
 * Then each function and method gets
 *   rtname  the runtime symbol that implements it: gort_<pkg>_<Name>, or
 *           gort_<pkg>_<Type>_<Method> (see runtime/gort.h); variables get
 *           their runtime symbol too (os.Args is gort_os_args);
 *   esctag  gc's escape summary of its parameters, in this simple form:
 *           one entry per parameter (the receiver first), separated by ';'.
 *           An entry is empty ("does not escape") or a ','-separated list of
 *              heap    leaking param: x            (to the heap, derefs 0)
 *              content leaking param content: x    (to the heap, derefs 1)
 *              rN:L    leaking param: x to result ~rN level=L
 *           e.g. Printf is ";content": format does not escape, a's content
 *           leaks.  A missing esctag means every parameter leaks to the heap
 *           (the conservative answer).  (In the table below, a package's
 *           default "heap*" stands for "heap" for every parameter.)
 * The tags are go1.19's, measured with `go build -gcflags='<pkg>=-m -l' <pkg>`
 * (see escape-reference.md §2.7).
 */
#include <stdio.h>
#include <string.h>

#include "check_int.h"

typedef struct StdPkg {
	const char *path, *name;
	const char *src;
	const char *deftag; /* esctag of functions missing from esctags[] (NULL: all leak) */
	Scope *scope;
	Obj *obj;
	bool loaded;
} StdPkg;

static StdPkg stdpkgs[] = {
        {"fmt", "fmt",
         "package fmt\n"
         "type Stringer interface { String() string }\n"
         "func Println(a ...any) (n int, err error)\n"
         "func Print(a ...any) (n int, err error)\n"
         "func Printf(format string, a ...any) (n int, err error)\n"
         "func Sprintf(format string, a ...any) string\n"
         "func Sprint(a ...any) string\n"
         "func Sprintln(a ...any) string\n"
         "func Errorf(format string, a ...any) error\n"
         "func Fprintln(w any, a ...any) (n int, err error)\n"
         "func Fprintf(w any, format string, a ...any) (n int, err error)\n"
         "func Fprint(w any, a ...any) (n int, err error)\n"},
        {"os", "os",
         "package os\n"
         "type File struct { fd int }\n"
         "var Args []string\n"
         "var Stdout *File\n"
         "var Stderr *File\n"
         "func Exit(code int)\n"
         "func (f *File) Write(b []byte) (n int, err error)\n"
         "func (f *File) WriteString(s string) (n int, err error)\n"
         "func Environ() []string\n"
         "func Getenv(key string) string\n"},
        {"strconv", "strconv",
         "package strconv\n"
         "func Itoa(i int) string\n"
         "func Atoi(s string) (int, error)\n"
         "func FormatInt(i int64, base int) string\n"
         "func ParseInt(s string, base int, bitSize int) (i int64, err error)\n"
         "func Quote(s string) string\n"
         "func QuoteRune(r rune) string\n"
         "func QuoteToASCII(s string) string\n"
         "func FormatUint(i uint64, base int) string\n"
         "func ParseUint(s string, base int, bitSize int) (uint64, error)\n"
         "func FormatBool(b bool) string\n"
         "func ParseBool(str string) (bool, error)\n"
         "func FormatFloat(f float64, fmt byte, prec, bitSize int) string\n"
         "func ParseFloat(s string, bitSize int) (float64, error)\n"
         "type NumError struct {\n\tFunc string\n\tNum string\n\tErr error\n}\n"
         "func (e *NumError) Error() string\nfunc (e *NumError) Unwrap() error\n"
         "var ErrRange error\nvar ErrSyntax error\n"},
        {"runtime", "runtime",
         "package runtime\n"
         "type MemStats struct {\n"
         "\tAlloc uint64\n\tTotalAlloc uint64\n\tSys uint64\n\tLookups uint64\n"
         "\tMallocs uint64\n\tFrees uint64\n\tHeapAlloc uint64\n\tHeapSys uint64\n"
         "\tHeapIdle uint64\n\tHeapInuse uint64\n\tHeapReleased uint64\n"
         "\tHeapObjects uint64\n\tNumGC uint32\n}\n"
         "func ReadMemStats(m *MemStats)\n"
         "func GC()\n"
         "func Gosched()\n"
         "func NumGoroutine() int\n"
         "func GOMAXPROCS(n int) int\n"
         "func NumCPU() int\n"
         "type Error interface { Error() string; RuntimeError() }\n" /* panic.c's values have both */
         "func KeepAlive(x any)\n"},
        {"errors", "errors",
         "package errors\n"
         "func New(text string) error\n"
         "func Is(err, target error) bool\n"
         "func Unwrap(err error) error\n"
         "func As(err error, target any) bool\n"},
        {"strings", "strings",
         "package strings\n"
         "type Builder struct { buf []byte; addr *Builder }\n" /* gc's 32 bytes (-m=2 widths) */
         "func (b *Builder) WriteString(s string) (int, error)\n"
         "func (b *Builder) WriteByte(c byte) error\n"
         "func (b *Builder) WriteRune(r rune) (int, error)\n"
         "func (b *Builder) String() string\n"
         "func (b *Builder) Len() int\n"
         "func (b *Builder) Reset()\n"
         "func (b *Builder) Grow(n int)\n"
         "func (b *Builder) Write(p []byte) (int, error)\n"
         "func Contains(s, substr string) bool\n"
         "func HasPrefix(s, prefix string) bool\n"
         "func HasSuffix(s, suffix string) bool\n"
         "func Index(s, substr string) int\n"
         "func Split(s, sep string) []string\n"
         "func SplitN(s, sep string, n int) []string\n"
         "func SplitAfter(s, sep string) []string\n"
         "func SplitAfterN(s, sep string, n int) []string\n"
         "func Join(elems []string, sep string) string\n"
         "func Repeat(s string, count int) string\n"
         "func Fields(s string) []string\n"
         "func TrimSpace(s string) string\n"
         "func ToUpper(s string) string\n"
         "func ToLower(s string) string\n"
         "func Replace(s, old, new string, n int) string\n"
         "func ReplaceAll(s, old, new string) string\n"
         "func Count(s, substr string) int\n"
         "func LastIndex(s, substr string) int\n"
         "func IndexByte(s string, c byte) int\n"
         "func LastIndexByte(s string, c byte) int\n"
         "func IndexRune(s string, r rune) int\n"
         "func IndexAny(s, chars string) int\n"
         "func LastIndexAny(s, chars string) int\n"
         "func ContainsRune(s string, r rune) bool\n"
         "func ContainsAny(s, chars string) bool\n"
         "func IndexFunc(s string, f func(rune) bool) int\n"
         "func LastIndexFunc(s string, f func(rune) bool) int\n"
         "func Compare(a, b string) int\n"
         "func EqualFold(s, t string) bool\n"
         "func Cut(s, sep string) (before, after string, found bool)\n"
         "func Trim(s, cutset string) string\n"
         "func TrimLeft(s, cutset string) string\n"
         "func TrimRight(s, cutset string) string\n"
         "func TrimFunc(s string, f func(rune) bool) string\n"
         "func TrimLeftFunc(s string, f func(rune) bool) string\n"
         "func TrimRightFunc(s string, f func(rune) bool) string\n"
         "func TrimPrefix(s, prefix string) string\n"
         "func TrimSuffix(s, suffix string) string\n"
         "func FieldsFunc(s string, f func(rune) bool) []string\n"
         "func Map(mapping func(rune) rune, s string) string\n"
         "func Title(s string) string\n"},
        {"math", "math",
         "package math\n"
         "const Pi = 3.14159265358979323846264338327950288419716939937510582097494459\n"
         "const E = 2.71828182845904523536028747135266249775724709369995957496696763\n"
         "const Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974\n"
         "const Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009\n"
         "const MaxFloat64 = 0x1p1023 * (1 + (1 - 0x1p-52))\n"
         "const SmallestNonzeroFloat64 = 0x1p-1022 * 0x1p-52\n"
         "const MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))\n"
         "const MaxInt = 1<<63 - 1\nconst MinInt = -1 << 63\n"
         "const MaxInt8 = 1<<7 - 1\nconst MinInt8 = -1 << 7\n"
         "const MaxInt16 = 1<<15 - 1\nconst MinInt16 = -1 << 15\n"
         "const MaxInt32 = 1<<31 - 1\nconst MinInt32 = -1 << 31\n"
         "const MaxInt64 = 1<<63 - 1\nconst MinInt64 = -1 << 63\n"
         "const MaxUint = 1<<64 - 1\nconst MaxUint8 = 1<<8 - 1\nconst MaxUint16 = 1<<16 - 1\n"
         "const MaxUint32 = 1<<32 - 1\nconst MaxUint64 = 1<<64 - 1\n"
         "func Sqrt(x float64) float64\nfunc Abs(x float64) float64\nfunc Floor(x float64) "
         "float64\n"
         "func Ceil(x float64) float64\nfunc Trunc(x float64) float64\nfunc Round(x float64) "
         "float64\n"
         "func Pow(x, y float64) float64\nfunc Exp(x float64) float64\nfunc Log(x float64) "
         "float64\n"
         "func Log2(x float64) float64\nfunc Log10(x float64) float64\n"
         "func Sin(x float64) float64\nfunc Cos(x float64) float64\nfunc Tan(x float64) float64\n"
         "func Atan(x float64) float64\nfunc Atan2(y, x float64) float64\nfunc Hypot(p, q float64) "
         "float64\n"
         "func Mod(x, y float64) float64\nfunc Max(x, y float64) float64\nfunc Min(x, y float64) "
         "float64\n"
         "func Inf(sign int) float64\nfunc NaN() float64\nfunc IsNaN(f float64) (is bool)\n"
         "func IsInf(f float64, sign int) bool\n"
         "const Phi = 1.61803398874989484820458683436563811772030917980576286213544862\n"
         "const SqrtE = 1.64872127070012814684865078831058310665705340460730467601096612\n"
         "const SqrtPi = 1.77245385090551602729816748334114518279754945612238712821380779\n"
         "const Log2E = 1 / Ln2\nconst Ln10 = "
         "2.30258509299404568401799145468436420760110148862877297603332790\n"
         "const Log10E = 1 / Ln10\nconst SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23\n"
         "func Asin(x float64) float64\nfunc Acos(x float64) float64\nfunc Sinh(x float64) "
         "float64\n"
         "func Cosh(x float64) float64\nfunc Tanh(x float64) float64\nfunc Cbrt(x float64) "
         "float64\n"
         "func Exp2(x float64) float64\nfunc RoundToEven(x float64) float64\nfunc Dim(x, y "
         "float64) float64\n"
         "func Signbit(x float64) bool\nfunc Copysign(f, sign float64) float64\n"
         "func Modf(f float64) (int float64, frac float64)\n"
         "func Float64bits(f float64) uint64\nfunc Float64frombits(b uint64) float64\n",
         ""},
        {"sort", "sort",
         "package sort\n"
         "func Ints(x []int)\nfunc Strings(x []string)\nfunc Float64s(x []float64)\n"
         "func Slice(x any, less func(i, j int) bool)\n"
         "func SliceStable(x any, less func(i, j int) bool)\n"
         "func SearchInts(a []int, x int) int\n"
         "func SearchStrings(a []string, x string) int\n"
         "func Search(n int, f func(int) bool) int\n"
         "type Interface interface {\n\tLen() int\n\tLess(i, j int) bool\n\tSwap(i, j int)\n}\n"
         "func Sort(data Interface)\nfunc Stable(data Interface)\nfunc IsSorted(data Interface) "
         "bool\n"
         "func Reverse(data Interface) Interface\n"
         "func IntsAreSorted(x []int) bool\nfunc StringsAreSorted(x []string) bool\n"
         "func Float64sAreSorted(x []float64) bool\n"
         "func SliceIsSorted(x any, less func(i, j int) bool) bool\n"
         "type IntSlice []int\n"
         "func (x IntSlice) Len() int\nfunc (x IntSlice) Less(i, j int) bool\nfunc (x IntSlice) "
         "Swap(i, j int)\n"
         "func (x IntSlice) Sort()\n"
         "type StringSlice []string\n"
         "func (x StringSlice) Len() int\nfunc (x StringSlice) Less(i, j int) bool\n"
         "func (x StringSlice) Swap(i, j int)\nfunc (x StringSlice) Sort()\n"
         "type Float64Slice []float64\n"
         "func (x Float64Slice) Len() int\nfunc (x Float64Slice) Less(i, j int) bool\n"
         "func (x Float64Slice) Swap(i, j int)\nfunc (x Float64Slice) Sort()\n"},
        {"sync", "sync",
         "package sync\n"
         "type WaitGroup struct { n int64; sema uint32 }\n"
         "func (wg *WaitGroup) Add(delta int)\nfunc (wg *WaitGroup) Done()\nfunc (wg *WaitGroup) "
         "Wait()\n"
         "type Mutex struct { state int32; sema uint32 }\n"
         "func (m *Mutex) Lock()\nfunc (m *Mutex) Unlock()\nfunc (m *Mutex) TryLock() bool\n"
         "type RWMutex struct { w Mutex; n int64 }\n"
         "func (rw *RWMutex) Lock()\nfunc (rw *RWMutex) Unlock()\n"
         "func (rw *RWMutex) RLock()\nfunc (rw *RWMutex) RUnlock()\n"
         "type Once struct { done uint32; m Mutex }\n"
         "func (o *Once) Do(f func())\n"},
        {"time", "time",
         "package time\n"
         "type Duration int64\n"
         "const (\n\tNanosecond Duration = 1\n\tMicrosecond = 1000 * Nanosecond\n"
         "\tMillisecond = 1000 * Microsecond\n\tSecond = 1000 * Millisecond\n"
         "\tMinute = 60 * Second\n\tHour = 60 * Minute\n)\n"
         "type Time struct { ns int64 }\n"
         "func Now() Time\nfunc Since(t Time) Duration\nfunc Sleep(d Duration)\n"
         "func (t Time) Sub(u Time) Duration\nfunc (t Time) UnixNano() int64\n"
         "func (d Duration) String() string\nfunc (d Duration) Seconds() float64\n"
         "func (d Duration) Milliseconds() int64\nfunc (d Duration) Microseconds() int64\n"
         "func (d Duration) Nanoseconds() int64\n"
         "func (d Duration) Minutes() float64\nfunc (d Duration) Hours() float64\n"
         "func (d Duration) Truncate(m Duration) Duration\nfunc (d Duration) Round(m Duration) "
         "Duration\n"
         "func (d Duration) Abs() Duration\n",
         ""},
        {"bytes", "bytes",
         "package bytes\n"
         "type Buffer struct { buf []byte; off int; lastRead int8 }\n" /* gc's 40 bytes */
         "func (b *Buffer) WriteString(s string) (n int, err error)\n"
         "func (b *Buffer) WriteByte(c byte) error\n"
         "func (b *Buffer) String() string\nfunc (b *Buffer) Len() int\nfunc (b *Buffer) Reset()\n"
         "func (b *Buffer) Write(p []byte) (n int, err error)\n"
         "func (b *Buffer) WriteRune(r rune) (n int, err error)\n"
         "func (b *Buffer) Bytes() []byte\nfunc (b *Buffer) Cap() int\n"
         "func (b *Buffer) Truncate(n int)\nfunc (b *Buffer) Grow(n int)\n"},
        {"unicode/utf8", "utf8",
         "package utf8\n"
         "const RuneError = '\\uFFFD'\nconst RuneSelf = 0x80\nconst UTFMax = 4\n"
         "func RuneLen(r rune) int\nfunc RuneCountInString(s string) (n int)\n"
         "func DecodeRuneInString(s string) (rune, int)\nfunc ValidString(s string) bool\n"
         "const MaxRune = '\\U0010FFFF'\n"
         "func ValidRune(r rune) bool\nfunc RuneCount(p []byte) int\n"
         "func DecodeRune(p []byte) (r rune, size int)\n"
         "func DecodeLastRuneInString(s string) (r rune, size int)\n"
         "func DecodeLastRune(p []byte) (r rune, size int)\n"
         "func Valid(p []byte) bool\nfunc FullRuneInString(s string) bool\n"
         "func EncodeRune(p []byte, r rune) int\nfunc AppendRune(p []byte, r rune) []byte\n",
         ""},
        /* unsafe: Pointer and the Sizeof family are added by load(); only
         * non-main packages (analysis, e.g. go's escape tests) may import it. */
        {"unsafe", "unsafe", "package unsafe\n", ""},
        /* sync/atomic: every pointer argument leaks (its bodies are assembly) */
        {"sync/atomic", "atomic",
         "package atomic\n"
         "import \"unsafe\"\n"
         "func SwapInt32(addr *int32, new int32) (old int32)\n"
         "func SwapInt64(addr *int64, new int64) (old int64)\n"
         "func SwapUint32(addr *uint32, new uint32) (old uint32)\n"
         "func SwapUint64(addr *uint64, new uint64) (old uint64)\n"
         "func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)\n"
         "func SwapPointer(addr *unsafe.Pointer, new unsafe.Pointer) (old unsafe.Pointer)\n"
         "func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)\n"
         "func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)\n"
         "func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)\n"
         "func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)\n"
         "func CompareAndSwapPointer(addr *unsafe.Pointer, old, new unsafe.Pointer) (swapped "
         "bool)\n"
         "func AddInt32(addr *int32, delta int32) (new int32)\n"
         "func AddUint32(addr *uint32, delta uint32) (new uint32)\n"
         "func AddInt64(addr *int64, delta int64) (new int64)\n"
         "func AddUint64(addr *uint64, delta uint64) (new uint64)\n"
         "func LoadInt32(addr *int32) (val int32)\n"
         "func LoadInt64(addr *int64) (val int64)\n"
         "func LoadUint32(addr *uint32) (val uint32)\n"
         "func LoadUint64(addr *uint64) (val uint64)\n"
         "func LoadPointer(addr *unsafe.Pointer) (val unsafe.Pointer)\n"
         "func StoreInt32(addr *int32, val int32)\n"
         "func StoreInt64(addr *int64, val int64)\n"
         "func StoreUint32(addr *uint32, val uint32)\n"
         "func StoreUint64(addr *uint64, val uint64)\n"
         "func StorePointer(addr *unsafe.Pointer, val unsafe.Pointer)\n",
         "heap*"},
        {"unicode", "unicode",
         "package unicode\n"
         "func IsUpper(r rune) bool\nfunc IsLower(r rune) bool\nfunc IsLetter(r rune) bool\n"
         "func IsDigit(r rune) bool\nfunc IsSpace(r rune) bool\nfunc ToUpper(r rune) rune\n"
         "func ToLower(r rune) rune\n"
         "const MaxRune = '\\U0010FFFF'\nconst ReplacementChar = '\\uFFFD'\n"
         "const MaxASCII = '\\u007F'\nconst MaxLatin1 = '\\u00FF'\n"
         "func IsNumber(r rune) bool\nfunc IsPunct(r rune) bool\nfunc IsControl(r rune) bool\n"
         "func IsSymbol(r rune) bool\nfunc IsPrint(r rune) bool\nfunc IsGraphic(r rune) bool\n"
         "func ToTitle(r rune) rune\n",
         ""},
};

/* go1.19's escape summaries (format above). */
static const struct {
	const char *name, *tag;
} esctags[] = {
        {"fmt.Println", "content"},
        {"fmt.Print", "content"},
        {"fmt.Sprint", "content"},
        {"fmt.Sprintln", "content"},
        {"fmt.Printf", ";content"},
        {"fmt.Sprintf", ";content"},
        {"fmt.Errorf", ";content"},
        {"fmt.Fprintln", "heap;content"},
        {"fmt.Fprintf", "heap;;content"},
        {"fmt.Fprint", "heap;content"},
        {"os.Exit", ""},
        {"strconv.Itoa", ""},
        {"strconv.Atoi", "heap"},
        {"strconv.FormatInt", ";"},
        {"strconv.ParseInt", "heap;;"},
        {"strconv.Quote", ""},
        {"runtime.ReadMemStats", ""},
        {"runtime.GC", ""},
        {"runtime.Gosched", ""},
        {"runtime.NumGoroutine", ""},
        {"runtime.GOMAXPROCS", ""},
        {"errors.New", "heap"},
        {"errors.Is", "heap;heap"},
        {"strings.Builder.WriteString", "content;"},
        {"strings.Builder.WriteByte", "content;"},
        {"strings.Builder.WriteRune", "content;"},
        {"strings.Builder.String", "r0:1"},
        {"strings.Builder.Len", ""},
        {"strings.Builder.Reset", ""},
        {"strings.Builder.Grow", ";"},
        {"strings.Contains", ";"},
        {"strings.HasPrefix", ";"},
        {"strings.HasSuffix", ";"},
        {"strings.Index", ";"},
        {"strings.Split", "heap;"},
        {"strings.SplitN", "heap;;"},
        {"strings.SplitAfter", "heap;"},
        {"strings.SplitAfterN", "heap;;"},
        {"os.Environ", ""},
        {"os.File.Write", "content;"},
        {"os.File.WriteString", "content;heap"},
        {"os.Getenv", "heap"},
        {"runtime.KeepAlive", ""},
        {"strings.Join", "r0:1;"},
        {"strings.Repeat", ";"},
        {"strings.Fields", "heap"},
        {"strings.TrimSpace", "r0:0"},
        {"strings.ToUpper", "r0:0"},
        {"strings.ToLower", "r0:0"},
        {"strings.Replace", "r0:0;;;"},
        {"strings.ReplaceAll", "r0:0;;"},
        {"sort.Ints", "heap"},
        {"sort.Strings", "heap"},
        {"sort.Float64s", "heap"},
        {"sort.Slice", "heap;"},
        {"sort.SliceStable", "heap;"},
        {"sort.SearchInts", ";"},
        {"sync.WaitGroup.Add", "heap;"},
        {"sync.WaitGroup.Done", "heap"},
        {"sync.WaitGroup.Wait", "heap"},
        {"sync.Mutex.Lock", "heap"},
        {"sync.Mutex.Unlock", "heap"},
        {"sync.Mutex.TryLock", "heap"},
        {"sync.RWMutex.Lock", "heap"},
        {"sync.RWMutex.Unlock", "heap"},
        {"sync.RWMutex.RLock", "heap"},
        {"sync.RWMutex.RUnlock", "heap"},
        {"sync.Once.Do", "heap;"},
        {"bytes.Buffer.WriteString", ";"},
        {"bytes.Buffer.WriteByte", ";"},
        {"bytes.Buffer.String", ""},
        {"bytes.Buffer.Len", ""},
        {"bytes.Buffer.Reset", ""},
        {"bytes.Buffer.Write", ";"},
        {"bytes.Buffer.WriteRune", ";"},
        {"bytes.Buffer.Bytes", "r0:1"},
        {"bytes.Buffer.Cap", ""},
        {"bytes.Buffer.Truncate", ";"},
        {"bytes.Buffer.Grow", ";"},
        {"strconv.QuoteRune", ""},
        {"strconv.QuoteToASCII", ""},
        {"strconv.FormatUint", ";"},
        {"strconv.ParseUint", "heap;;"},
        {"strconv.FormatBool", ""},
        {"strconv.ParseBool", "heap"},
        {"strconv.FormatFloat", ";;;"},
        {"strconv.ParseFloat", "heap;"},
        {"strconv.NumError.Error", "content"},
        {"strconv.NumError.Unwrap", "r0:1"},
        {"errors.Unwrap", "heap"},
        {"errors.As", "heap;heap"},
        {"strings.Builder.Write", "content;"},
        {"strings.Count", ";"},
        {"strings.LastIndex", ";"},
        {"strings.IndexByte", ";"},
        {"strings.LastIndexByte", ";"},
        {"strings.IndexRune", ";"},
        {"strings.IndexAny", ";"},
        {"strings.LastIndexAny", ";"},
        {"strings.ContainsRune", ";"},
        {"strings.ContainsAny", ";"},
        {"strings.IndexFunc", ";"},
        {"strings.LastIndexFunc", ";"},
        {"strings.Compare", ";"},
        {"strings.EqualFold", ";"},
        {"strings.Cut", "r0:0,r1:0;"},
        {"strings.Trim", "r0:0;"},
        {"strings.TrimLeft", "r0:0;"},
        {"strings.TrimRight", "r0:0;"},
        {"strings.TrimFunc", "r0:0;"},
        {"strings.TrimLeftFunc", "r0:0;"},
        {"strings.TrimRightFunc", "r0:0;"},
        {"strings.TrimPrefix", "r0:0;"},
        {"strings.TrimSuffix", "r0:0;"},
        {"strings.FieldsFunc", "heap;"},
        {"strings.Map", ";r0:0"},
        {"strings.Title", "r0:0"},
        {"sort.SearchStrings", ";"},
        {"sort.Search", ";"},
        {"sort.Sort", "heap"},
        {"sort.Stable", "heap"},
        {"sort.IsSorted", "heap"},
        {"sort.Reverse", "heap"},
        {"sort.IntsAreSorted", "heap"},
        {"sort.StringsAreSorted", "heap"},
        {"sort.Float64sAreSorted", "heap"},
        {"sort.SliceIsSorted", "heap;"},
        {"sort.IntSlice.Len", ""},
        {"sort.IntSlice.Less", ";;"},
        {"sort.IntSlice.Swap", ";;"},
        {"sort.IntSlice.Sort", "heap"},
        {"sort.StringSlice.Len", ""},
        {"sort.StringSlice.Less", ";;"},
        {"sort.StringSlice.Swap", ";;"},
        {"sort.StringSlice.Sort", "heap"},
        {"sort.Float64Slice.Len", ""},
        {"sort.Float64Slice.Less", ";;"},
        {"sort.Float64Slice.Swap", ";;"},
        {"sort.Float64Slice.Sort", "heap"},
        {"utf8.AppendRune", "r0:0;"},
        {"utf8.EncodeRune", ";"},
};

static const struct {
	const char *name, *rt;
} varnames[] = {
        {"os.Args", "gort_os_args"},
        {"os.Stdout", "gort_os_Stdout"},
        {"os.Stderr", "gort_os_Stderr"},
};

static void finish_obj(StdPkg *p, Obj *o)
{
	char key[128];
	if (o->kind == OBJ_FUNC) {
		o->esctag = p->deftag;
		if (p->deftag && strcmp(p->deftag, "heap*") == 0) {
			int np = o->type ? o->type->fields.len : 0;
			char *tag = xstrdup("");
			for (int i = 0; i < np; i++)
				tag = xprintf("%s%sheap", tag, i ? ";" : "");
			o->esctag = tag;
		}
		snprintf(key, sizeof key, "%s.%s", p->name, o->name);
		o->rtname = xprintf("gort_%s_%s", p->name, o->name);
	} else if (o->kind == OBJ_VAR) {
		snprintf(key, sizeof key, "%s.%s", p->name, o->name);
		o->rtname = xprintf("gort_%s_%s", p->name, o->name);
		for (size_t i = 0; i < sizeof varnames / sizeof varnames[0]; i++)
			if (strcmp(varnames[i].name, key) == 0)
				o->rtname = varnames[i].rt;
		return;
	} else if (o->kind == OBJ_TYPE && o->type && o->type->sym == o) {
		Type *t = o->type;
		for (int i = 0; i < t->methods.len && t->kind != TY_INTERFACE; i++) {
			Obj *m = t->methods.v[i].obj;
			if (!m)
				continue;
			m->pkg = p->name;
			m->rtname = xprintf("gort_%s_%s_%s", p->name, o->name, m->name);
			m->esctag = p->deftag;
			snprintf(key, sizeof key, "%s.%s.%s", p->name, o->name, m->name);
			for (size_t j = 0; j < sizeof esctags / sizeof esctags[0]; j++)
				if (strcmp(esctags[j].name, key) == 0)
					m->esctag = esctags[j].tag;
		}
		return;
	} else
		return;
	for (size_t i = 0; i < sizeof esctags / sizeof esctags[0]; i++)
		if (strcmp(esctags[i].name, key) == 0)
			o->esctag = esctags[i].tag;
}

static void load(StdPkg *p)
{
	p->loaded = true;
	Node *file = parse_source(xprintf("$GOROOT/src/%s/%s.go", p->path, p->name), p->src,
	                          (long)strlen(p->src));
	p->scope = xmalloc(sizeof(Scope));
	p->scope->outer = ck.universe;
	p->scope->is_pkg = true;
	if (!file) {
		diag_error((Pos){0}, "internal: cannot parse std package %s", p->path);
		return;
	}
	Checker saved = ck;
	ck.stdpkg = p->name;
	ck.pkg = p->scope;
	ck.scope = p->scope;
	ck.func = NULL;
	ck.decl = NULL;
	ck.nimports = 0;
	check_std_decls(file);
	saved.universe = ck.universe;
	ck = saved;
	for (int i = 0; i < p->scope->n; i++)
		finish_obj(p, p->scope->objs[i]);
	if (strcmp(p->path, "unsafe") == 0) {
		Obj *ptr = obj_new(OBJ_TYPE, "Pointer", (Pos){0}, ty_unsafeptr);
		ptr->pkg = "unsafe";
		scope_insert(p->scope, ptr);
		static const char *fns[] = {"Sizeof", "Alignof", "Offsetof", "Add", "Slice", NULL};
		for (int i = 0; fns[i]; i++) {
			Obj *b = obj_new(OBJ_BUILTIN, fns[i], (Pos){0}, NULL);
			b->pkg = "unsafe";
			scope_insert(p->scope, b);
		}
	}
}

Obj *std_package(const char *path)
{
	for (size_t i = 0; i < sizeof stdpkgs / sizeof stdpkgs[0]; i++) {
		StdPkg *p = &stdpkgs[i];
		if (strcmp(p->path, path) != 0)
			continue;
		if (!p->loaded)
			load(p);
		if (!p->obj) {
			p->obj = obj_new(OBJ_PKG, p->name, (Pos){0}, NULL);
			p->obj->pkg = p->name;
		}
		return p->obj;
	}
	return NULL;
}

Obj *std_member(const char *pkgname, const char *name)
{
	if (!pkgname || !name)
		return NULL;
	for (size_t i = 0; i < sizeof stdpkgs / sizeof stdpkgs[0]; i++) {
		StdPkg *p = &stdpkgs[i];
		if (strcmp(p->name, pkgname) != 0 || !p->scope)
			continue;
		Obj *o = scope_lookup_local(p->scope, name);
		if (o && o->name[0] >= 'A' && o->name[0] <= 'Z')
			return o;
		return NULL;
	}
	return NULL;
}
