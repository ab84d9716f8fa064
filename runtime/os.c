/*
 * os.c: package os: Args (filled by gort_start, main.c), Exit, Stdout and
 * Stderr, (*File).Write and WriteString, Getenv and Environ.
 *
 * A *File is struct { fd int } (compiler/stdlib.c); writes go through
 * rt_write so that they stay ordered with fmt's buffered stdout.  fmt.Fprint*
 * recognises Stdout and Stderr by address.
 */
#include "rt.h"

#include <stdlib.h>
#include <string.h>

extern char **environ;

typedef struct File {
	int64_t fd;
} File;

static File file_stdout = {1}, file_stderr = {2};
void *gort_os_Stdout = &file_stdout, *gort_os_Stderr = &file_stderr;

GoSlice gort_os_args;

void gort_os_Exit(int64_t code)
{
	rt_exit((int)code);
}

static const uint8_t string_mask[] = {1};
static const GoType type_string = {
        .size = 16, .kind = GOK_STRING, .name = "string", .ptrmask = string_mask};

GoIntError gort_os_File_Write(File *f, GoSlice b)
{
	rt_write((int)f->fd, b.ptr, b.len);
	return (GoIntError){b.len, {NULL, NULL}};
}

GoIntError gort_os_File_WriteString(File *f, GoString s)
{
	rt_write((int)f->fd, s.ptr, s.len);
	return (GoIntError){s.len, {NULL, NULL}};
}

GoString gort_os_Getenv(GoString key)
{
	char name[256];
	if (key.len <= 0 || key.len >= (int64_t)sizeof name)
		return (GoString){NULL, 0};
	memcpy(name, key.ptr, (size_t)key.len);
	name[key.len] = 0;
	const char *v = getenv(name);
	return v ? rt_strdup(v, (int64_t)strlen(v)) : (GoString){NULL, 0};
}

GoSlice gort_os_Environ(void)
{
	int64_t n = 0;
	while (environ && environ[n])
		n++;
	GoString *a = gort_alloc(n * (int64_t)sizeof(GoString), &type_string);
	for (int64_t i = 0; i < n; i++)
		a[i] = rt_strdup(environ[i], (int64_t)strlen(environ[i]));
	return (GoSlice){a, n, n};
}
