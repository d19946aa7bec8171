using System.CommandLine;
using Hawk.Hypervisor;
using Hawk.Hypervisor.Boot;
using Hawk.Hypervisor.Devices;
using Hawk.Hypervisor.Kvm;
using Hawk.Hypervisor.Linux;

namespace Hawk.Cli.Commands;

/// <summary>`hawk vm run`: boots a Linux bzImage on the KVM VMM with the terminal as its serial console;
/// `hawk vm kernel`: fetches Debian's kernel into the cache; `hawk vm initramfs`: writes the busybox initramfs.</summary>
internal static class VmCommands
{
    public static Command Create(CliContext context)
    {
        var kernel = new Option<FileInfo>("--kernel") { Description = "A bzImage (Linux x86 boot protocol 2.12+, 64-bit entry); see `hawk vm kernel`.", Required = true };
        var initrd = new Option<FileInfo?>("--initrd") { Description = "An initramfs (cpio). Default: the project's busybox initramfs, whose init prints a line and reboots." };
        var cmdline = new Option<string>("--cmdline") { Description = "The kernel command line.", DefaultValueFactory = _ => LinuxCommandLine.Default };
        var memory = new Option<string>("--mem") { Description = "Guest RAM, e.g. 256M or 1G.", DefaultValueFactory = _ => "256M" };
        var cpus = new Option<int>("--cpus") { Description = "vCPUs; with more than one, an MP table tells the kernel about them (no ACPI tables).", DefaultValueFactory = _ => 1 };
        var timeout = new Option<double>("--timeout") { Description = "Wall-time budget in seconds; the VM is stopped when it runs out.", DefaultValueFactory = _ => 120 };
        var run = new Command("run", "Boot a Linux kernel on KVM; the terminal is the serial console; the VM's exit is reported.")
        {
            kernel, initrd, cmdline, memory, cpus, timeout,
        };
        run.SetAction(parse => context.GuardAsync(() => Run(context, new RunRequest(
            parse.GetRequiredValue(kernel), parse.GetValue(initrd), parse.GetValue(cmdline)!, parse.GetValue(memory)!, parse.GetValue(cpus), parse.GetValue(timeout)))));

        var fetch = new Command("kernel", $"Fetch Debian's {DebianKernel.MetaPackage} kernel (apt-get download, no install) into the cache and print its path.");
        fetch.SetAction(_ => context.GuardAsync(() => FetchKernel(context)));

        var output = new Option<FileInfo>("--out") { Description = "Where to write the cpio archive.", Required = true };
        var initramfs = new Command("initramfs", "Write the project's busybox initramfs (newc cpio) to a file.") { output };
        initramfs.SetAction(parse => context.GuardAsync(() => WriteInitramfs(context, parse.GetRequiredValue(output))));
        var flat = new Argument<FileInfo>("IMAGE") { Description = "A multiboot kernel with load addresses (KVM only), or else a flat binary loaded at 0000:7C00 and started in real mode." };
        var backend = new Option<string>("--backend") { Description = "kvm, 8086 or 80286 (the Hawk.X86 interpreter).", DefaultValueFactory = _ => "kvm" };
        var guestTimeout = new Option<double>("--timeout") { Description = "Wall-time budget in seconds.", DefaultValueFactory = _ => 10 };
        var guest = new Command("guest", "Run a flat test guest; it ends through the debug-exit port 0xF4 (0 = pass).") { flat, backend, guestTimeout };
        guest.SetAction(parse => context.GuardAsync(() => RunGuest(context, parse.GetRequiredValue(flat), parse.GetValue(backend)!, parse.GetValue(guestTimeout))));
        return new Command("vm", "Hawkervisor: the KVM virtual machine monitor.") { run, guest, fetch, initramfs };
    }

    private sealed record RunRequest(FileInfo Kernel, FileInfo? Initrd, string CommandLine, string Memory, int Cpus, double TimeoutSeconds);

    private static int Run(CliContext context, RunRequest request)
    {
        KvmMachineOptions options;
        try
        {
            options = new KvmMachineOptions(MemorySize.Parse(request.Memory), request.Cpus);
        }
        catch (FormatException e)
        {
            context.Error.WriteLine($"--mem: {e.Message}");
            return ExitCodes.Configuration;
        }

        if (options.Problem() is { } problem)
        {
            context.Error.WriteLine(problem);
            return ExitCodes.Configuration;
        }

        if (request.TimeoutSeconds is <= 0 or > 86400)
        {
            context.Error.WriteLine($"--timeout must be between 0 and 86400 seconds, got {request.TimeoutSeconds}");
            return ExitCodes.Configuration;
        }

        if (KvmMachine.UnavailableReason() is { } unavailable)
        {
            context.Error.WriteLine($"KVM is not available: {unavailable}");
            return ExitCodes.Failure;
        }

        // The terminal is the console: echo as the guest writes. Redirected writers (tests) get the text afterwards.
        bool terminal = ReferenceEquals(context.Out, Console.Out);
        using var echo = terminal ? Console.OpenStandardOutput() : null;
        VmResult result;
        try
        {
            var image = BzImage.Parse(File.ReadAllBytes(request.Kernel.FullName), request.Kernel.FullName);
            byte[] initramfs = request.Initrd is null ? BusyboxInitramfs.Build() : File.ReadAllBytes(request.Initrd.FullName);
            using var machine = new KvmMachine(options, new SerialLog(echo));
            LinuxBoot.Load(machine, image, request.CommandLine, initramfs);
            if (terminal && !Console.IsInputRedirected)
            {
                ForwardTerminalInput(machine.Devices);
            }

            result = machine.Run(TimeSpan.FromSeconds(request.TimeoutSeconds));
        }
        catch (Exception e) when (e is GuestImageException or GuestMemoryException or KvmException or IOException or InvalidDataException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.Failure;
        }

        if (!terminal)
        {
            context.Out.Write(result.Serial);
        }

        bool clean = result.Stop.Kind is VmStopKind.Reset || result.Passed;
        context.Error.WriteLine($"vm: {result.Stop.Kind}: {result.Stop.Message} ({result.Elapsed.TotalMilliseconds:F0} ms, {result.Exits:N0} exits)");
        if (!clean)
        {
            context.Error.WriteLine(result.Registers);
        }

        return clean ? ExitCodes.Success : ExitCodes.Failure;
    }

    /// <summary>Feeds what is typed (line by line, as the terminal delivers it) to the guest's UART. The reader
    /// thread is a background thread: it may stay blocked on the terminal after the VM ends.</summary>
    private static void ForwardTerminalInput(DeviceModel devices)
    {
        var reader = new Thread(() =>
        {
            using var input = Console.OpenStandardInput();
            int value;
            while (devices.Stop is null && (value = input.ReadByte()) >= 0)
            {
                devices.SerialInput((byte)(value == '\n' ? '\r' : value));
            }
        })
        { IsBackground = true, Name = "console-input" };
        reader.Start();
    }

    private static int RunGuest(CliContext context, FileInfo image, string backend, double timeoutSeconds)
    {
        IVmBackend machine;
        try
        {
            machine = backend switch
            {
                "kvm" => new KvmMachine(new KvmMachineOptions(64 << 20), new SerialLog()),
                "8086" => new EmulatorMachine(Hawk.X86.X86Model.I8086, new SerialLog()),
                "80286" => new EmulatorMachine(Hawk.X86.X86Model.I80286, new SerialLog()),
                _ => throw new ArgumentException($"--backend must be kvm, 8086 or 80286, got {backend}"),
            };
        }
        catch (Exception e) when (e is ArgumentException or KvmException)
        {
            context.Error.WriteLine(e.Message);
            return e is ArgumentException ? ExitCodes.Configuration : ExitCodes.Failure;
        }

        using (machine)
        {
            VmResult result;
            try
            {
                var bytes = File.ReadAllBytes(image.FullName);
                if (machine is KvmMachine kvm && Multiboot.HasHeader(bytes))
                {
                    Multiboot.Load(kvm, bytes, image.FullName);
                }
                else
                {
                    FlatBinary.Load(machine, bytes, image.FullName);
                }
                result = machine.Run(TimeSpan.FromSeconds(timeoutSeconds));
            }
            catch (Exception e) when (e is GuestImageException or IOException or UnauthorizedAccessException)
            {
                context.Error.WriteLine(e.Message);
                return ExitCodes.Failure;
            }

            context.Out.Write(result.Serial);
            string unit = machine is KvmMachine ? "exits" : "instructions";
            double seconds = Math.Max(result.Elapsed.TotalSeconds, 1e-9);
            context.Error.WriteLine($"vm: {result.Stop.Kind}: {result.Stop.Message} ({result.Elapsed.TotalMilliseconds:F1} ms, {result.Exits:N0} {unit}, {result.Exits / seconds:N0} {unit}/s)");
            if (!result.Passed)
            {
                context.Error.WriteLine(result.Registers);
            }

            return result.Passed ? ExitCodes.Success : ExitCodes.Failure;
        }
    }

    private static int FetchKernel(CliContext context)
    {
        try
        {
            context.Out.WriteLine(DebianKernel.Ensure(line => context.Error.WriteLine(line)));
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is KernelFetchException or IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.Failure;
        }
    }

    private static int WriteInitramfs(CliContext context, FileInfo output)
    {
        if (BusyboxInitramfs.UnavailableReason() is { } missing)
        {
            context.Error.WriteLine(missing);
            return ExitCodes.Failure;
        }

        var archive = BusyboxInitramfs.Build();
        File.WriteAllBytes(output.FullName, archive);
        context.Out.WriteLine($"{output.FullName}: {archive.Length:N0} bytes");
        return ExitCodes.Success;
    }
}
