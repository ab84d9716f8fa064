/*
 * gofront.c: the driver.
 *
 *   gofront build [-o out] [flags] file.go    compile to a native executable
 *   gofront run [flags] file.go [args...]     compile, run, pass the exit status through
 *   gofront -m file.go                        escape analysis report only (like
 *                                             go build -gcflags='-m -l')
 *
 * compile() below is the table of contents of the compiler: one call per pass,
 * in pipeline order.  Errors are queued in diag.c and flushed between passes;
 * a pass runs only if the ones before it succeeded.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "diag.h"
#include "lex.h"
#include "passes.h"

#define GOFRONT_VERSION "gofront 0.1 (Go 1.19 subset; libgccjit 12)"

static const char usage[] =
        "usage: gofront build [-o out] [flags] file.go\n"
        "       gofront run [flags] file.go [arguments...]\n"
        "       gofront [flags] file.go          (analysis only, e.g. gofront -m prog.go)\n"
        "\n"
        "flags:\n"
        "  -m          print escape analysis decisions, as go build -gcflags='-m -l'\n"
        "  -m=2, -m -m also explain each decision (the flows behind it)\n"
        "  -O0, -O2    optimization level of the generated code (default -O2)\n"
        "  -o out      name of the executable (build; default: the file's base name)\n"
        "  -d what     dump a stage: tokens, ast, ir (after lower), jit (libgccjit's context)\n"
        "  -d checkescape  build so that every return poisons the frame's stack-allocated\n"
        "              storage (a read through a dangling pointer fails loudly; docs/escape.md)\n"
        "  -C          print diagnostics without columns (go's errorcheck tests)\n"
        "  --help      this text\n"
        "  --version   print the version\n";

/* The temporary executable of `run` (and of -d jit), removed at exit. */
static char tmp_exe[] = "/tmp/gofront-XXXXXX";
static bool tmp_made;

static void remove_tmp(void)
{
	if (tmp_made)
		unlink(tmp_exe);
}

/* Stop after errors: print them and leave with status 1. */
static void check_errors(void)
{
	if (diag_error_count() > 0) {
		diag_flush();
		exit(1);
	}
}

/* Did -d ask for this dump? */
static bool dumps(const Options *opts, const char *what)
{
	return opts->dump && strcmp(opts->dump, what) == 0;
}

/* The pipeline.  Returns 0 when the program was compiled (or analysed). */
static int compile(const char *path, const Options *opts, bool generate)
{
	if (dumps(opts, "tokens")) {
		lex_dump_tokens(path);
		check_errors();
		return 0;
	}

	/* after lexical errors alone the tree is still checked, as gc does */
	Node *file = parse_file(path);
	if (!file)
		check_errors();
	if (dumps(opts, "ast")) {
		ast_dump(file, 0);
		return 0;
	}

	Program *prog = check_program(file, path);
	check_errors();
	if (!prog)
		diag_ice((Pos){path, 0, 0}, "check failed without an error");

	lower_program(prog);
	check_errors();
	if (dumps(opts, "ir")) {
		check_dump_program(prog);
		return 0;
	}

	escape_program(prog, opts);
	check_errors();
	if (!generate)
		return 0;

	int rc = gen_program(prog, opts);
	check_errors();
	return rc;
}

/* The default executable name: the file's base name without ".go". */
static char *default_output(const char *path)
{
	const char *base = strrchr(path, '/');
	base = base ? base + 1 : path;
	size_t n = strlen(base);
	if (n > 3 && strcmp(base + n - 3, ".go") == 0)
		n -= 3;
	return xstrndup(base, n);
}

/* Run the compiled program; return its exit status as a shell would. */
static int run_program(const char *exe, char **args, int nargs, const char *path)
{
	char **argv = xmalloc(sizeof(char *) * (size_t)(nargs + 2));
	argv[0] = (char *)path;
	for (int i = 0; i < nargs; i++)
		argv[i + 1] = args[i];
	pid_t pid = fork();
	if (pid < 0) {
		perror("gofront: fork");
		return 1;
	}
	if (pid == 0) {
		execv(exe, argv);
		perror("gofront: exec");
		_exit(127);
	}
	signal(SIGINT, SIG_IGN);
	int status;
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return 128 + WTERMSIG(status);
}

static int parse_flag(Options *o, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	if (strcmp(a, "-m") == 0)
		o->mflag++;
	else if (strncmp(a, "-m=", 3) == 0)
		o->mflag = atoi(a + 3);
	else if (strcmp(a, "-O0") == 0 || strcmp(a, "-O1") == 0)
		o->opt = a[2] - '0';
	else if (strcmp(a, "-O2") == 0 || strcmp(a, "-O3") == 0 || strcmp(a, "-O") == 0)
		o->opt = 2;
	else if (strcmp(a, "-C") == 0)
		o->nocolumns = true;
	else if (strcmp(a, "-l") == 0)
		; /* inlining is always off, as with gc's -l */
	else if ((strcmp(a, "-o") == 0 || strcmp(a, "-d") == 0) && *i + 1 < argc) {
		if (a[1] == 'o')
			o->out = argv[++*i];
		else
			o->dump = argv[++*i];
	} else if (strncmp(a, "-d", 2) == 0 && a[2])
		o->dump = a + 2;
	else
		return -1;
	return 0;
}

int main(int argc, char **argv)
{
	Options opts = {.opt = 2};
	enum { ANALYSE, BUILD, RUN } mode = ANALYSE;
	int i = 1;

	if (argc > 1 && strcmp(argv[1], "build") == 0)
		mode = BUILD, i++;
	else if (argc > 1 && strcmp(argv[1], "run") == 0)
		mode = RUN, i++;

	const char *path = NULL;
	for (; i < argc; i++) {
		const char *a = argv[i];
		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0 || strcmp(a, "help") == 0) {
			fputs(usage, stdout);
			return 0;
		}
		if (strcmp(a, "--version") == 0 || strcmp(a, "version") == 0) {
			puts(GOFRONT_VERSION);
			return 0;
		}
		if (a[0] == '-' && a[1]) {
			if (parse_flag(&opts, argc, argv, &i) < 0) {
				fprintf(stderr, "gofront: unknown flag %s\n%s", a, usage);
				return 2;
			}
			continue;
		}
		path = a;
		i++;
		break; /* the rest are the program's arguments (run) */
	}
	if (!path) {
		fputs(usage, stderr);
		return 2;
	}
	if (mode != RUN && i < argc) {
		fprintf(stderr, "gofront: unexpected argument %s\n", argv[i]);
		return 2;
	}
	diag_nocolumns = opts.nocolumns;

	/* gofront -d jit file.go: a dump needs the generator to run */
	bool dump_jit = dumps(&opts, "jit");
	if (mode == ANALYSE && !dump_jit)
		return compile(path, &opts, false);

	if (mode == RUN || (mode == ANALYSE && !opts.out)) {
		int fd = mkstemp(tmp_exe);
		if (fd < 0) {
			perror("gofront: mkstemp");
			return 2;
		}
		close(fd);
		tmp_made = true;
		atexit(remove_tmp);
		opts.out = tmp_exe;
	} else if (!opts.out)
		opts.out = default_output(path);

	int rc = compile(path, &opts, true);
	if (rc != 0 || mode != RUN)
		return rc ? 1 : 0;
	fflush(stdout);
	return run_program(tmp_exe, argv + i, argc - i, path);
}
