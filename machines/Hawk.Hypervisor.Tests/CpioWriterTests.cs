using System.Diagnostics;
using System.Text;
using Hawk.Harness.NUnit;
using Hawk.Hypervisor.Linux;

namespace Hawk.Hypervisor.Tests;

public class CpioWriterTests
{
    [Test]
    public void Entry_has_a_newc_header_padded_name_and_padded_data()
    {
        var output = new MemoryStream();
        var cpio = new CpioWriter(output);
        cpio.AddFile("init", "abcde"u8, 0x1ED);
        cpio.Finish();
        var text = Encoding.ASCII.GetString(output.ToArray());

        Assert.That(text[..6], Is.EqualTo("070701"));
        Assert.That(text.Substring(6, 8), Is.EqualTo("00000001"), "inode");
        Assert.That(text.Substring(14, 8), Is.EqualTo("000081ED"), "mode: regular file 0755");
        Assert.That(text.Substring(54, 8), Is.EqualTo("00000005"), "file size");
        Assert.That(text.Substring(94, 8), Is.EqualTo("00000005"), "name size with its NUL");
        Assert.That(text.Substring(110, 6), Is.EqualTo("init\0\0"), "110 + 5 bytes of name padded to 116");
        Assert.That(text.Substring(116, 8), Is.EqualTo("abcde\0\0\0"), "data padded to 4");
        Assert.That(text[124..], Does.StartWith("070701").And.Contain("TRAILER!!!"));
        Assert.That(output.Length % 4, Is.Zero);
    }

    [Test]
    public void Absolute_paths_and_writes_after_the_trailer_are_refused()
    {
        var cpio = new CpioWriter(new MemoryStream());
        Assert.That(() => cpio.AddDirectory("/etc"), Throws.ArgumentException);
        cpio.Finish();
        Assert.That(() => cpio.AddDirectory("etc"), Throws.InvalidOperationException);
    }

    [Test]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public void Busybox_cpio_unpacks_the_project_initramfs_to_the_same_files()
    {
        new RequiredComponent("BUSYBOX").Ensure(BusyboxInitramfs.UnavailableReason());
        var archive = BusyboxInitramfs.Build();
        var directory = Directory.CreateTempSubdirectory("hawk-cpio-");
        try
        {
            var start = new ProcessStartInfo(BusyboxInitramfs.DefaultBusybox, ["cpio", "-i", "-d"])
            {
                WorkingDirectory = directory.FullName, RedirectStandardInput = true, RedirectStandardError = true,
            };
            using (var cpio = Process.Start(start)!)
            {
                cpio.StandardInput.BaseStream.Write(archive);
                cpio.StandardInput.Close();
                cpio.WaitForExit();
                Assert.That(cpio.ExitCode, Is.Zero, cpio.StandardError.ReadToEnd());
            }

            string root = directory.FullName;
            Assert.That(File.ReadAllBytes(Path.Combine(root, "bin/busybox")), Is.EqualTo(File.ReadAllBytes(BusyboxInitramfs.DefaultBusybox)));
            Assert.That(File.ReadAllText(Path.Combine(root, "init")), Does.StartWith("#!/bin/sh\n").And.Contain(BusyboxInitramfs.HelloLine).And.EndWith("reboot -f\n"));
            Assert.That(new FileInfo(Path.Combine(root, "bin/sh")).LinkTarget, Is.EqualTo("busybox"));
            Assert.That(File.GetUnixFileMode(Path.Combine(root, "init")) & UnixFileMode.UserExecute, Is.EqualTo(UnixFileMode.UserExecute));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
