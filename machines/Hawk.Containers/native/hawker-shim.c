/*
 * hawker-shim: the single-threaded stage between Hawker's .NET runtime and the container process.
 *
 * Why C: a .NET process is multi-threaded, and the kernel refuses unshare(CLONE_NEWUSER) and setns() into a
 * mount or user namespace for multi-threaded callers. So the runtime validates config.json, prepares cgroups,
 * state and the seccomp BPF program in C#, then posix_spawns this shim with a plan (a flat list of
 * operations, NUL-separated strings) on fd 3, a bidirectional socket. The shim executes the plan without any
 * policy of its own: join/create namespaces, clone the init, write the id maps, and in the child do the
 * mounts, pivot_root, devices, masked/readonly paths, sysctl, hostname, rlimits, user, capabilities,
 * no_new_privs and seccomp, wait on exec.fifo until `start`, then exec the container process.
 *
 * Protocol on fd 3 (socket, both ways):
 *   runtime -> shim   : u32 length + plan
 *   runtime -> shim   : u32 length + cgroup ops      once the cgroups exist (the shim makes namespaces meanwhile)
 *   shim -> runtime   : "pid N\n"                    after the init exists (maps written), before it runs
 *   runtime -> init   : 2 x (u32 length + state JSON) (only with op "states": for createContainer, startContainer hooks)
 *   init -> runtime   : "hooks\n" (only if planned)  before pivot_root; runtime replies "ok\n"
 *   init -> runtime   : "ready\n" or "error MSG\n"
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/sched.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#define CONTROL_FD 3

static int control = CONTROL_FD;
static pid_t child_pid;

static void send_text(const char *text) {
    if (control >= 0) send(control, text, strlen(text), MSG_NOSIGNAL);
}

/* Reports the failing step with errno to the runtime (or stderr once the runtime is gone) and exits. */
static void __attribute__((noreturn, format(printf, 1, 2))) fail(const char *format, ...) {
    char message[4096], line[4200];
    int saved = errno;
    va_list args;
    va_start(args, format);
    vsnprintf(message, sizeof message, format, args);
    va_end(args);
    if (saved) snprintf(line, sizeof line, "error %s: %s\n", message, strerror(saved));
    else snprintf(line, sizeof line, "error %s\n", message);
    for (char *c = line + 6; *c && c[1]; c++) if (*c == '\n') *c = ' ';
    if (control >= 0 && send(control, line, strlen(line), MSG_NOSIGNAL) > 0) _exit(1);
    fputs(line + 6, stderr);
    _exit(127);
}

static void read_exact(void *buffer, size_t length) {
    char *at = buffer;
    while (length > 0) {
        ssize_t n = read(control, at, length);
        if (n == 0) { errno = 0; fail("runtime closed the control socket"); }
        if (n < 0) { if (errno == EINTR) continue; fail("reading the control socket"); }
        at += n;
        length -= (size_t)n;
    }
}

static char *read_blob(uint32_t *length) {
    read_exact(length, sizeof *length);
    char *blob = malloc(*length + 1);
    if (!blob) fail("out of memory");
    read_exact(blob, *length);
    blob[*length] = 0;
    return blob;
}

static void expect_line(const char *expected) {
    char line[64];
    size_t used = 0;
    for (;;) {
        read_exact(line + used, 1);
        if (line[used] == '\n' || used == sizeof line - 2) break;
        used++;
    }
    line[used] = 0;
    errno = 0;
    if (strcmp(line, expected) != 0) fail("runtime answered '%s', expected '%s'", line, expected);
}

/* ---- the plan: ops are NUL-separated strings; each op has a fixed arity except those carrying a count. */

struct plan { char **words; int count; };

static struct plan parse_plan(char *blob, uint32_t length) {
    struct plan plan = { 0 };
    for (uint32_t i = 0; i < length; i++) if (blob[i] == 0) plan.count++;
    plan.words = calloc((size_t)plan.count + 1, sizeof *plan.words);
    if (!plan.words) fail("out of memory");
    char *at = blob;
    for (int i = 0; i < plan.count; i++) { plan.words[i] = at; at += strlen(at) + 1; }
    return plan;
}

static int arity(const char *op) {
    static const struct { const char *name; int words; } table[] = {
        { "mode", 1 }, { "ns", 2 }, { "uidmap", 1 }, { "gidmap", 1 }, { "rootfs", 2 }, { "mount", 6 },
        { "device", 7 }, { "symlink", 2 }, { "mask", 1 }, { "readonly", 1 }, { "rootro", 0 }, { "sysctl", 2 },
        { "hostname", 1 }, { "domainname", 1 }, { "rlimit", 3 }, { "user", 3 }, { "group", 1 }, { "caps", 5 },
        { "nnp", 0 }, { "seccomp", 1 }, { "cwd", 1 }, { "arg", 1 }, { "env", 1 }, { "fifo", 1 },
        { "console", 1 }, { "hooksync", 0 }, { "cgroup1", 1 }, { "cgroup2", 1 }, { "states", 0 }, { "hook", 4 }, { "hookarg", 1 }, { "hookenv", 1 }, { "setsid", 0 },
    };
    for (size_t i = 0; i < sizeof table / sizeof *table; i++) if (strcmp(table[i].name, op) == 0) return table[i].words;
    errno = 0;
    fail("plan: unknown operation '%s'", op);
}

static int op_is(const char *op, const char *name) { return name == NULL || strcmp(op, name) == 0; }

/* Loops over the ops named `name` (every op when name is NULL) in plan order; words[i + 1...] are its arguments. */
#define FOR_OPS(plan, i, name)                                                                   \
    for (int i = 0; i < (plan)->count; i += 1 + arity((plan)->words[i]))                        \
        if (op_is((plan)->words[i], (name)))

static const char *find_op(const struct plan *plan, const char *name) {
    FOR_OPS(plan, i, name) return arity(name) > 0 ? plan->words[i + 1] : "";
    return NULL;
}

static unsigned long long number(const char *text) { return strtoull(text, NULL, 0); }

/* ---- namespaces */

static int ns_flag(const char *type) {
    if (!strcmp(type, "user")) return CLONE_NEWUSER;
    if (!strcmp(type, "pid")) return CLONE_NEWPID;
    if (!strcmp(type, "mount")) return CLONE_NEWNS;
    if (!strcmp(type, "uts")) return CLONE_NEWUTS;
    if (!strcmp(type, "ipc")) return CLONE_NEWIPC;
    if (!strcmp(type, "network")) return CLONE_NEWNET;
    if (!strcmp(type, "cgroup")) return CLONE_NEWCGROUP;
    errno = 0;
    fail("plan: unknown namespace '%s'", type);
}

/* Joins the namespaces given by path (user first, so the others are joined with its privileges) and returns
 * the flags of those to create. All files are opened before the first setns: once the mount namespace changed,
 * /proc/PID paths would name the container's processes. The cgroup namespace is created later, after the
 * init joined its cgroups. */
static int join_namespaces(const struct plan *plan, int *new_cgroup) {
    int create = 0, fds[16], types[16], count = 0;
    for (int pass = 0; pass < 2; pass++) {
        FOR_OPS(plan, i, "ns") {
            const char *type = plan->words[i + 1], *path = plan->words[i + 2];
            int flag = ns_flag(type);
            if ((pass == 0) != (flag == CLONE_NEWUSER)) continue;
            if (*path == 0) {
                if (flag == CLONE_NEWCGROUP) *new_cgroup = 1;
                else create |= flag;
                continue;
            }
            if (count == 16) { errno = 0; fail("namespaces: too many"); }
            if ((fds[count] = open(path, O_RDONLY | O_CLOEXEC)) < 0) fail("namespaces: open %s namespace %s", type, path);
            types[count++] = flag;
        }
    }
    for (int n = 0; n < count; n++) {
        if (setns(fds[n], types[n]) < 0) fail("namespaces: setns 0x%x", types[n]);
        close(fds[n]);
    }
    return create;
}

/* The network, IPC and UTS namespaces the plan creates, made by the shim itself while the runtime still makes the
 * cgroups (a network namespace costs half a millisecond); the init then inherits them instead of creating them in
 * clone. Not with a user namespace in the plan: those namespaces must belong to it, so they are made with it. */
static int unshare_early(const struct plan *plan) {
    int early = 0;
    FOR_OPS(plan, i, "ns") {
        int flag = ns_flag(plan->words[i + 1]);
        if (flag == CLONE_NEWUSER) return 0;
        if (*plan->words[i + 2] == 0 && (flag & (CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS))) early |= flag;
    }
    if (early && unshare(early) < 0) fail("namespaces: unshare 0x%x", early);
    return early;
}

static void write_file(const char *path, const char *content) {
    int fd = open(path, O_WRONLY | O_CLOEXEC);
    if (fd < 0) fail("open %s", path);
    size_t length = strlen(content);
    if (write(fd, content, length) != (ssize_t)length) fail("write %s", path);
    close(fd);
}

static void write_id_maps(const struct plan *plan, pid_t pid) {
    const char *maps[] = { "uidmap", "gidmap" }, *files[] = { "uid_map", "gid_map" };
    for (int m = 0; m < 2; m++) {
        const char *map = find_op(plan, maps[m]);
        if (!map) continue;
        char path[64];
        snprintf(path, sizeof path, "/proc/%d/%s", pid, files[m]);
        write_file(path, map);
    }
}

/* ---- cgroups, joined without the grace period a cgroup.procs write waits for.
 *
 * Writing a pid to cgroup.procs takes the kernel's cgroup_threadgroup_rwsem for writing, and that first waits for
 * an RCU grace period (7-15 ms on a quiet host, more than the rest of a container start). The kernel skips that lock
 * when a task moves only itself ("0" written to a v1 `tasks` file), and v2 can clone straight into a cgroup
 * (CLONE_INTO_CGROUP). So the files are opened here, before any setns changes what the paths name; the new process
 * joins its v1 cgroups as its first act, and its v2 cgroup is given to clone3. Where clone3 cannot do it (kernels
 * before 5.7, a joined user namespace without rights on the host tree), the shim writes the pid as before. */

static int v1_tasks[16], v1_count, v2_directory = -1, v2_procs = -1;

static int open_in(const char *directory, const char *file, int flags) {
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", directory, file);
    int fd = open(path, flags | O_CLOEXEC);
    if (fd < 0) fail("cgroups: open %s", path);
    return fd;
}

static void open_cgroups(const struct plan *plan) {
    FOR_OPS(plan, i, "cgroup1") {
        if (v1_count == 16) { errno = 0; fail("cgroups: too many hierarchies"); }
        v1_tasks[v1_count++] = open_in(plan->words[i + 1], "tasks", O_WRONLY);
    }
    FOR_OPS(plan, i, "cgroup2") {
        v2_directory = open_in(plan->words[i + 1], ".", O_RDONLY | O_DIRECTORY);
        v2_procs = open_in(plan->words[i + 1], "cgroup.procs", O_WRONLY);
    }
}

/* In the new process: it is single-threaded, so moving its one thread moves all of it. */
static void join_v1_cgroups(void) {
    for (int i = 0; i < v1_count; i++) {
        if (write(v1_tasks[i], "0", 1) != 1) fail("cgroups: join");
        close(v1_tasks[i]);
    }
}

static pid_t clone_into_cgroups(int flags) {
    pid_t pid = -1;
    if (v2_directory >= 0) {
        struct clone_args args = { .flags = (uint64_t)flags | CLONE_INTO_CGROUP, .exit_signal = SIGCHLD, .cgroup = (uint64_t)v2_directory };
        pid = (pid_t)syscall(SYS_clone3, &args, sizeof args);
        if (pid >= 0) v2_procs = -1; /* born in it */
    }
    if (pid < 0) pid = (pid_t)syscall(SYS_clone, (unsigned long)flags | SIGCHLD, NULL, NULL, NULL, NULL);
    if (pid < 0) fail("clone with namespace flags 0x%x", flags);
    if (pid == 0) {
        join_v1_cgroups();
        return 0;
    }
    if (v2_procs >= 0) {
        char text[32];
        int length = snprintf(text, sizeof text, "%d", pid);
        if (write(v2_procs, text, (size_t)length) != length) { kill(pid, SIGKILL); fail("cgroups: join v2"); }
        close(v2_procs);
    }
    for (int i = 0; i < v1_count; i++) close(v1_tasks[i]);
    if (v2_directory >= 0) close(v2_directory);
    return pid;
}

/* ---- filesystem */

static void make_parents(char *path) {
    for (char *slash = strchr(path + 1, '/'); slash; slash = strchr(slash + 1, '/')) {
        *slash = 0;
        if (mkdir(path, 0755) < 0 && errno != EEXIST) fail("mkdir %s", path);
        *slash = '/';
    }
}

/* kind: "d" directory, "f" empty file, "" leave as is. The parents are made only when the kernel says they are
 * missing: mount points usually exist, and a walk from "/" costs a mkdir per component for every mount. */
static void make_target(char *path, const char *kind) {
    if (*kind == 0) return;
    for (int attempt = 0;; attempt++) {
        int fd = -1, made = *kind == 'd' ? mkdir(path, 0755) : (fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644));
        if (fd >= 0) close(fd);
        if (made >= 0 || errno == EEXIST || errno == EISDIR) return;
        if (errno != ENOENT || attempt > 0) fail(*kind == 'd' ? "mkdir %s" : "create mount point %s", path);
        make_parents(path);
    }
}

/* Resolves `path` inside `rootfs` as if rootfs were "/": symbolic links (absolute or relative) and ".." never lead
 * out of it, so a hostile image cannot turn a mount destination like /dev/x into a host path. Components that do not
 * exist yet are appended as they are (they are created later, as directories or files, by make_target). */
static void join_root(char *out, size_t size, const char *rootfs, const char *path) {
    char pending[8192], link[4096];
    size_t root_length = strlen(rootfs);
    int links = 0;
    snprintf(out, size, "%s", rootfs);
    snprintf(pending, sizeof pending, "%s", path);
    char *cursor = pending;
    while (*cursor) {
        while (*cursor == '/') cursor++;
        if (!*cursor) break;
        char *end = strchrnul(cursor, '/');
        size_t length = (size_t)(end - cursor);
        char component[256];
        if (length >= sizeof component) { errno = ENAMETOOLONG; fail("path %s", path); }
        memcpy(component, cursor, length);
        component[length] = 0;
        cursor = end;
        if (!strcmp(component, ".")) continue;
        if (!strcmp(component, "..")) {
            char *slash = strrchr(out, '/');
            if (slash && (size_t)(slash - out) >= root_length) *slash = 0;
            continue;
        }
        size_t used = strlen(out);
        if (used + 1 + length >= size) { errno = ENAMETOOLONG; fail("path %s", path); }
        snprintf(out + used, size - used, "/%s", component);
        ssize_t n = readlink(out, link, sizeof link - 1);
        if (n < 0) continue; /* not a link (or not there yet): keep the component */
        link[n] = 0;
        if (++links > 40) { errno = ELOOP; fail("path %s", path); }
        out[used] = 0; /* drop the link itself, then resolve its target followed by the rest */
        if (link[0] == '/') out[root_length] = 0;
        char rest[8192];
        snprintf(rest, sizeof rest, "%s%s", link, cursor);
        snprintf(pending, sizeof pending, "%s", rest);
        cursor = pending;
    }
}

static void do_mount(const char *rootfs, char **args) {
    /* args: source target type flags data kind; target is relative to rootfs. */
    char target[4096];
    join_root(target, sizeof target, rootfs, args[1]);
    make_target(target, args[5]);
    unsigned long flags = number(args[3]);
    const char *source = *args[0] ? args[0] : NULL, *type = *args[2] ? args[2] : NULL, *data = *args[4] ? args[4] : NULL;
    if (mount(source, target, type, flags, data) < 0) fail("mount %s on %s (type %s)", args[0], args[1], args[2]);
}

static void do_device(const char *rootfs, char **args) {
    /* args: path type(c/b/p/u) major minor mode uid gid */
    char target[4096];
    join_root(target, sizeof target, rootfs, args[0]);
    mode_t type = args[1][0] == 'b' ? S_IFBLK : args[1][0] == 'p' ? S_IFIFO : S_IFCHR;
    int made;
    for (int attempt = 0; (made = mknod(target, type | (mode_t)number(args[4]), makedev(number(args[2]), number(args[3])))) < 0 && attempt < 2; attempt++) {
        if (errno == ENOENT) make_parents(target);      /* usually /dev exists: no walk */
        else if (errno == EEXIST) unlink(target);       /* replaced, as the config's node wins */
        else break;
    }
    if (made == 0) {
        /* mknod applies the umask; the spec's fileMode is exact. */
        if (chmod(target, (mode_t)number(args[4])) < 0) fail("chmod device %s", args[0]);
        if (chown(target, (uid_t)number(args[5]), (gid_t)number(args[6])) < 0) fail("chown device %s", args[0]);
        return;
    }
    if (errno != EPERM) fail("mknod %s", args[0]);
    /* In a user namespace mknod is refused: bind the host's node like runc does. */
    int fd = open(target, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0) fail("create device mount point %s", args[0]);
    close(fd);
    if (mount(args[0], target, NULL, MS_BIND, NULL) < 0) fail("bind device %s", args[0]);
}

static void mask_path(const char *path) {
    struct stat info;
    if (stat(path, &info) < 0) { if (errno == ENOENT) return; fail("stat masked path %s", path); }
    int failed = S_ISDIR(info.st_mode)
        ? mount("tmpfs", path, "tmpfs", MS_RDONLY, "size=0")
        : mount("/dev/null", path, NULL, MS_BIND, NULL);
    if (failed < 0) fail("mask %s", path);
}

/* Remounts keep the flags the kernel locked (nosuid, nodev...), or a user namespace refuses the remount. */
static unsigned long locked_flags(const char *path) {
    struct statvfs info;
    if (statvfs(path, &info) < 0) return 0;
    unsigned long flags = 0;
    if (info.f_flag & ST_NOSUID) flags |= MS_NOSUID;
    if (info.f_flag & ST_NODEV) flags |= MS_NODEV;
    if (info.f_flag & ST_NOEXEC) flags |= MS_NOEXEC;
    if (info.f_flag & ST_NOATIME) flags |= MS_NOATIME;
    if (info.f_flag & ST_NODIRATIME) flags |= MS_NODIRATIME;
    if (info.f_flag & ST_RELATIME) flags |= MS_RELATIME;
    return flags;
}

static void readonly_path(const char *path) {
    if (mount(path, path, NULL, MS_BIND | MS_REC, NULL) < 0) { if (errno == ENOENT) return; fail("bind readonly path %s", path); }
    if (mount(NULL, path, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_REC | locked_flags(path), NULL) < 0) fail("remount readonly %s", path);
}

static void pivot_into(const char *rootfs) {
    if (chdir(rootfs) < 0) fail("chdir %s", rootfs);
    /* pivot_root(".", ".") stacks the old root under the new one; detaching "." then drops it (no temp dir). */
    if (syscall(SYS_pivot_root, ".", ".") < 0) fail("pivot_root %s", rootfs);
    if (mount(NULL, ".", NULL, MS_SLAVE | MS_REC, NULL) < 0) fail("make old root a slave");
    if (umount2(".", MNT_DETACH) < 0) fail("detach old root");
    if (chdir("/") < 0) fail("chdir /");
}

/* ---- hooks run by the init (createContainer, startContainer): state JSON on stdin, bounded by a timeout. */

static void run_hooks(const struct plan *plan, const char *stage, const char *state) {
    for (int i = 0; i < plan->count; i += 1 + arity(plan->words[i])) {
        if (strcmp(plan->words[i], "hook") || strcmp(plan->words[i + 1], stage)) continue;
        const char *path = plan->words[i + 2];
        int timeout = (int)number(plan->words[i + 3]), nargs = (int)number(plan->words[i + 4]);
        char **argv = calloc(64 + (size_t)nargs, sizeof *argv), **envp = calloc(256, sizeof *envp);
        int argc = 0, envc = 0;
        for (int j = i + 5; j < plan->count && argc < nargs; j += 2)
            if (!strcmp(plan->words[j], "hookarg")) argv[argc++] = plan->words[j + 1];
        for (int j = i + 5; j < plan->count && envc < 255; j += 1 + arity(plan->words[j])) {
            if (!strcmp(plan->words[j], "hook")) break;
            if (!strcmp(plan->words[j], "hookenv")) envp[envc++] = plan->words[j + 1];
        }
        if (argc == 0) argv[argc++] = (char *)path;
        int input[2];
        if (pipe2(input, O_CLOEXEC) < 0) fail("hook pipe");
        pid_t pid = fork();
        if (pid < 0) fail("fork %s hook", stage);
        if (pid == 0) {
            if (timeout > 0) alarm((unsigned)timeout);
            dup2(input[0], 0);
            execve(path, argv, envp);
            _exit(127);
        }
        close(input[0]);
        size_t length = strlen(state);
        if (write(input[1], state, length) < 0 && errno != EPIPE) fail("write state to %s hook", stage);
        close(input[1]);
        int status;
        while (waitpid(pid, &status, 0) < 0) if (errno != EINTR) fail("wait %s hook", stage);
        errno = 0;
        if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) fail("%s hook %s failed (status %d)", stage, path, status);
        free(argv);
        free(envp);
    }
}

/* ---- console: a pty whose master goes to --console-socket with SCM_RIGHTS, the slave becomes stdio. */

static void setup_console(int socket_fd) {
    int master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) fail("open /dev/ptmx");
    if (unlockpt(master) < 0) fail("unlockpt");
    char *name = ptsname(master);
    if (!name) fail("ptsname");
    int slave = open(name, O_RDWR | O_NOCTTY);
    if (slave < 0) fail("open %s", name);
    char byte = 0, control_buffer[CMSG_SPACE(sizeof(int))] = { 0 };
    struct iovec vector = { .iov_base = name, .iov_len = strlen(name) };
    struct msghdr message = { .msg_iov = &vector, .msg_iovlen = 1, .msg_control = control_buffer, .msg_controllen = sizeof control_buffer };
    (void)byte;
    struct cmsghdr *header = CMSG_FIRSTHDR(&message);
    header->cmsg_level = SOL_SOCKET;
    header->cmsg_type = SCM_RIGHTS;
    header->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(header), &master, sizeof(int));
    if (sendmsg(socket_fd, &message, MSG_NOSIGNAL) < 0) fail("send console master to --console-socket");
    close(master);
    close(socket_fd);
    for (int fd = 0; fd < 3; fd++) if (dup2(slave, fd) < 0) fail("dup2 console");
    if (ioctl(0, TIOCSCTTY, 0) < 0) fail("set controlling terminal");
    if (slave > 2) close(slave);
}

static int connect_console(const char *path) {
    int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    struct sockaddr_un address = { .sun_family = AF_UNIX };
    if (fd < 0) fail("console socket");
    strncpy(address.sun_path, path, sizeof address.sun_path - 1);
    if (connect(fd, (struct sockaddr *)&address, sizeof address) < 0) fail("connect --console-socket %s", path);
    return fd;
}

/* ---- process */

static void apply_seccomp(const char *hex) {
    size_t length = strlen(hex) / 2;
    unsigned char *bytes = malloc(length);
    for (size_t i = 0; i < length; i++) sscanf(hex + 2 * i, "%2hhx", &bytes[i]);
    struct sock_fprog program = { .len = (unsigned short)(length / sizeof(struct sock_filter)), .filter = (struct sock_filter *)bytes };
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &program) < 0) fail("load seccomp filter");
    free(bytes);
}

static void apply_user_and_caps(const struct plan *plan) {
    char **caps = NULL;
    FOR_OPS(plan, i, "caps") caps = plan->words + i + 1;
    const char *user = NULL;
    FOR_OPS(plan, i, "user") user = plan->words[i + 1];
    if (caps) {
        unsigned long long bounding = number(caps[0]);
        int last = 40;
        FILE *file = fopen("/proc/sys/kernel/cap_last_cap", "re");
        if (file) { if (fscanf(file, "%d", &last) != 1) last = 40; fclose(file); }
        for (int cap = 0; cap <= last; cap++)
            if (!(bounding & (1ULL << cap)) && prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) < 0) fail("drop bounding capability %d", cap);
        if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) < 0) fail("keep capabilities");
    }
    if (user) {
        gid_t groups[256];
        int ngroups = 0;
        FOR_OPS(plan, i, "group") if (ngroups < 256) groups[ngroups++] = (gid_t)number(plan->words[i + 1]);
        char **u = NULL;
        FOR_OPS(plan, i, "user") u = plan->words + i + 1;
        if (setgroups((size_t)ngroups, groups) < 0 && !(errno == EPERM && ngroups == 0)) fail("setgroups");
        gid_t gid = (gid_t)number(u[1]);
        uid_t uid = (uid_t)number(u[0]);
        if (setresgid(gid, gid, gid) < 0) fail("setgid %u", gid);
        if (setresuid(uid, uid, uid) < 0) fail("setuid %u", uid);
        umask((mode_t)number(u[2]));
    }
    if (caps) {
        struct __user_cap_header_struct header = { .version = _LINUX_CAPABILITY_VERSION_3, .pid = 0 };
        struct __user_cap_data_struct data[2];
        unsigned long long effective = number(caps[1]), permitted = number(caps[2]), inheritable = number(caps[3]);
        for (int half = 0; half < 2; half++) {
            data[half].effective = (uint32_t)(effective >> (32 * half));
            data[half].permitted = (uint32_t)(permitted >> (32 * half));
            data[half].inheritable = (uint32_t)(inheritable >> (32 * half));
        }
        if (syscall(SYS_capset, &header, data) < 0) fail("capset");
        unsigned long long ambient = number(caps[4]);
        /* Like runc, an ambient capability missing from permitted or inheritable is skipped, not an error. */
        for (int cap = 0; cap < 64; cap++)
            if ((ambient & (1ULL << cap)) && prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, cap, 0, 0) < 0 && errno != EPERM) fail("raise ambient capability %d", cap);
        prctl(PR_SET_KEEPCAPS, 0, 0, 0, 0);
    }
}

static const char *lookup_path(const char *file, char **envp, char *buffer, size_t size) {
    if (strchr(file, '/')) return file;
    const char *path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    for (char **e = envp; *e; e++) if (!strncmp(*e, "PATH=", 5)) path = *e + 5;
    for (const char *at = path; *at;) {
        const char *end = strchrnul(at, ':');
        snprintf(buffer, size, "%.*s/%s", (int)(end - at), at, file);
        if (access(buffer, X_OK) == 0) return buffer;
        at = *end ? end + 1 : end;
    }
    errno = ENOENT;
    fail("exec: \"%s\": executable file not found in $PATH", file);
}

/* ---- the init: everything after clone, in the new namespaces. */

/* exec.fifo, opened (O_PATH) by the shim before clone: the state directory is root-only, and a user-namespaced
 * init could not reach it by path. */
static int fifo = -1;

/* --console-socket, connected before any setns: an exec joins the container's mount namespace, where the path is not. */
static int console = -1;

static void __attribute__((noreturn)) container_init(const struct plan *plan, int new_cgroup) {
    /* The state for createContainer hooks (status creating) and for startContainer hooks (status created): only
     * sent when there are such hooks, so that otherwise the init goes on without waiting for the runtime. */
    uint32_t state_length;
    char *state = NULL, *started_state = NULL;
    if (find_op(plan, "states")) {
        state = read_blob(&state_length);
        started_state = read_blob(&state_length);
    }
    if (new_cgroup && unshare(CLONE_NEWCGROUP) < 0) fail("unshare cgroup namespace");
    if (find_op(plan, "uidmap")) {
        if (setresgid(0, 0, 0) < 0 || setresuid(0, 0, 0) < 0) fail("become root in the user namespace");
    }
    if (find_op(plan, "setsid") && setsid() < 0) fail("setsid");


    const char *rootfs = NULL;
    char **root_args = NULL;
    FOR_OPS(plan, i, "rootfs") { rootfs = plan->words[i + 1]; root_args = plan->words + i + 1; }
    if (rootfs) {
        unsigned long propagation = number(root_args[1]);
        if (mount(NULL, "/", NULL, propagation, NULL) < 0) fail("set rootfs propagation");
        if (mount(rootfs, rootfs, NULL, MS_BIND | MS_REC, NULL) < 0) fail("bind rootfs %s", rootfs);
        FOR_OPS(plan, i, NULL) {
            if (!strcmp(plan->words[i], "mount")) do_mount(rootfs, plan->words + i + 1);
            else if (!strcmp(plan->words[i], "device")) do_device(rootfs, plan->words + i + 1);
            else if (!strcmp(plan->words[i], "symlink")) {
                /* The link itself must not be followed: resolve its directory, then add its name. */
                char parent[4096], target[4352];
                const char *link_path = plan->words[i + 2], *name = strrchr(link_path, '/');
                snprintf(parent, sizeof parent, "%.*s", (int)(name - link_path), link_path);
                join_root(target, sizeof target, rootfs, parent);
                snprintf(target + strlen(target), sizeof target - strlen(target), "%s", name);
                if (symlink(plan->words[i + 1], target) < 0 && errno != EEXIST) fail("symlink %s", link_path);
            }
        }
        if (find_op(plan, "hooksync")) {
            send_text("hooks\n");
            expect_line("ok");
        }
        run_hooks(plan, "createContainer", state);
        pivot_into(rootfs);
    }
    /* sysctl goes before readonlyPaths, which usually include /proc/sys (runc's order too). */
    FOR_OPS(plan, i, "sysctl") {
        char path[512];
        snprintf(path, sizeof path, "/proc/sys/%s", plan->words[i + 1]);
        for (char *c = path + 10; *c; c++) if (*c == '.') *c = '/';
        write_file(path, plan->words[i + 2]);
    }
    if (rootfs) {
        FOR_OPS(plan, i, "readonly") readonly_path(plan->words[i + 1]);
        FOR_OPS(plan, i, "mask") mask_path(plan->words[i + 1]);
        if (find_op(plan, "rootro") && mount(NULL, "/", NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | locked_flags("/"), NULL) < 0) fail("remount root read-only");
    }
    const char *name;
    if ((name = find_op(plan, "hostname")) && sethostname(name, strlen(name)) < 0) fail("sethostname");
    if ((name = find_op(plan, "domainname")) && setdomainname(name, strlen(name)) < 0) fail("setdomainname");
    FOR_OPS(plan, i, "rlimit") {
        struct rlimit limit = { .rlim_cur = number(plan->words[i + 2]), .rlim_max = number(plan->words[i + 3]) };
        if (setrlimit((int)number(plan->words[i + 1]), &limit) < 0) fail("setrlimit %s", plan->words[i + 1]);
    }
    if (console >= 0) setup_console(console);

    char **argv = calloc((size_t)plan->count + 1, sizeof *argv), **envp = calloc((size_t)plan->count + 1, sizeof *envp);
    int argc = 0, envc = 0;
    FOR_OPS(plan, i, "arg") argv[argc++] = plan->words[i + 1];
    FOR_OPS(plan, i, "env") envp[envc++] = plan->words[i + 1];
    const char *cwd = find_op(plan, "cwd");
    if (cwd && chdir(cwd) < 0) fail("chdir to cwd %s", cwd);
    char resolved[4096];
    const char *program = lookup_path(argv[0], envp, resolved, sizeof resolved);

    const char *seccomp = find_op(plan, "seccomp");
    int nnp = find_op(plan, "nnp") != NULL;
    /* Without no_new_privs the filter must be loaded while CAP_SYS_ADMIN is still held. */
    if (seccomp && !nnp) apply_seccomp(seccomp);
    apply_user_and_caps(plan);
    if (nnp && prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0) fail("set no_new_privs");
    send_text("ready\n");
    close(control);
    control = -1;
    if (fifo >= 0) {
        char path[64];
        snprintf(path, sizeof path, "/proc/self/fd/%d", fifo);
        int writer = open(path, O_WRONLY | O_CLOEXEC);
        if (writer < 0) fail("open exec fifo for start");
        if (write(writer, "0", 1) != 1) fail("write exec fifo");
        close(writer);
        close(fifo);
    }
    run_hooks(plan, "startContainer", started_state);
    if (seccomp && nnp) apply_seccomp(seccomp);
    execve(program, argv, envp);
    fail("exec %s", program);
}

static void forward_signal(int signal) { if (child_pid > 0) kill(child_pid, signal); }

int main(void) {
    if (fcntl(CONTROL_FD, F_SETFD, FD_CLOEXEC) < 0) { perror("hawker-shim: fd 3 must be the runtime's control socket"); return 127; }
    uint32_t length;
    char *blob = read_blob(&length);
    struct plan plan = parse_plan(blob, length);
    const char *mode = find_op(&plan, "mode");
    int foreground = mode && !strcmp(mode, "foreground");
    int early = unshare_early(&plan);
    char *cgroup_blob = read_blob(&length);
    struct plan cgroups = parse_plan(cgroup_blob, length);

    const char *fifo_path = find_op(&plan, "fifo");
    if (fifo_path && (fifo = open(fifo_path, O_PATH | O_CLOEXEC)) < 0) fail("open exec fifo %s", fifo_path);
    int new_cgroup = 0;
    const char *console_path = find_op(&plan, "console");
    if (console_path) console = connect_console(console_path);
    open_cgroups(&cgroups);
    int flags = join_namespaces(&plan, &new_cgroup) & ~early;
    int sync[2];
    if (pipe2(sync, O_CLOEXEC) < 0) fail("pipe");
    pid_t pid = clone_into_cgroups(flags);
    if (pid == 0) {
        /* Wait until the parent wrote the id maps: before that this process has no identity in its user ns. */
        char byte;
        close(sync[1]);
        if (read(sync[0], &byte, 1) != 1) _exit(1);
        close(sync[0]);
        container_init(&plan, new_cgroup);
    }
    child_pid = pid;
    if (console >= 0) close(console);
    close(sync[0]);
    write_id_maps(&plan, pid);
    /* "pid" goes out before the init runs, so that it precedes anything the init reports. */
    char line[32];
    snprintf(line, sizeof line, "pid %d\n", pid);
    send_text(line);
    if (write(sync[1], "1", 1) != 1) fail("release init");
    close(sync[1]);
    if (!foreground) return 0;

    close(control);
    control = -1;
    struct sigaction action = { .sa_handler = forward_signal, .sa_flags = SA_RESTART };
    int forwarded[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2 };
    for (size_t i = 0; i < sizeof forwarded / sizeof *forwarded; i++) sigaction(forwarded[i], &action, NULL);
    int status;
    while (waitpid(pid, &status, 0) < 0) if (errno != EINTR) return 127;
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
