/* voile-private-memory.c — keep what the process holds out of core dumps and debuggers.
 *
 * The daemon holds the clipboard's text and the placeholder → value mapping, the command
 * line the files it reads: a crash must not write them to disk (systemd-coredump, apport
 * and a core file all would), nor may another process of the session attach a debugger
 * or read /proc/PID/mem. ssh-agent and gpg-agent do the same. A debugger started with the
 * program ("gdb --args voile-daemon") still works. */
#include "config.h"

#include "voile-private-memory.h"

#include <sys/prctl.h>
#include <sys/resource.h>

/* Returns TRUE when both protections hold. */
gboolean
voile_private_memory_protect (void)
{
  const struct rlimit no_core = { 0, 0 };
  /* A pipe in core_pattern (systemd-coredump, apport) is not bound by RLIMIT_CORE:
   * only a process that is not dumpable is sure to leave no dump. */
  gboolean undumpable = prctl (PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
  gboolean no_core_file = setrlimit (RLIMIT_CORE, &no_core) == 0;

  return undumpable && no_core_file;
}
