using System.CommandLine;
using System.Globalization;
using System.Text;
using Hawk.Jvm;

namespace Hawk.Cli.Commands;

/// <summary>
/// `hawk java [-cp PATH] [-Xmx SIZE] [-Dkey=value] MainClass [args]`: runs a Java program on Hawkbeans with the
/// host JDK's java.base, like the `java` launcher (its stdout, stderr and exit code).
/// </summary>
internal static class JavaCommands
{
    public static Command Create(CliContext context)
    {
        var command = new Command("java", "Hawkbeans: run a Java class like `java [-cp PATH] [-Xmx SIZE] [-Dk=v] MainClass [args]`.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parse => context.GuardAsync(() => Run(context, parse.UnmatchedTokens)));
        return command;
    }

    private static int Run(CliContext context, IReadOnlyList<string> tokens)
    {
        string classPath = Environment.GetEnvironmentVariable("CLASSPATH") ?? ".";
        long heap = 256L << 20;
        var properties = new Dictionary<string, string>();
        TextWriter? trace = null;
        int i = 0;
        for (; i < tokens.Count && tokens[i].StartsWith('-'); i++)
        {
            string token = tokens[i];
            if (token is "-cp" or "-classpath" or "--class-path" && i + 1 < tokens.Count)
            {
                classPath = tokens[++i];
            }
            else if (token.StartsWith("-Xmx", StringComparison.Ordinal) && ParseSize(token[4..]) is { } size)
            {
                heap = size;
            }
            else if (token.StartsWith("-Xtrace:calls=", StringComparison.Ordinal))
            {
                trace = new StreamWriter(token["-Xtrace:calls=".Length..]) { AutoFlush = true };
            }
            else if (token.StartsWith("-D", StringComparison.Ordinal))
            {
                int equals = token.IndexOf('=', StringComparison.Ordinal);
                properties[equals < 0 ? token[2..] : token[2..equals]] = equals < 0 ? "" : token[(equals + 1)..];
            }
            else
            {
                context.Error.WriteLine($"Unrecognized option: {token}");
                return ExitCodes.Configuration;
            }
        }

        if (i >= tokens.Count)
        {
            context.Error.WriteLine("Usage: hawk java [-cp PATH] [-Xmx SIZE] [-Dkey=value] MainClass [args...]");
            return ExitCodes.Configuration;
        }

        var javaHome = JavaVmOptions.FindJavaHome();
        if (javaHome is null)
        {
            context.Error.WriteLine("No JDK 17 found (set JAVA_HOME or put java on PATH): Hawkbeans needs its lib/modules for java.base.");
            return ExitCodes.Configuration;
        }

        bool console = ReferenceEquals(context.Out, Console.Out);
        using var stdout = console ? Console.OpenStandardOutput() : new TextWriterStream(context.Out);
        using var stderr = console ? Console.OpenStandardError() : new TextWriterStream(context.Error);
        using var stdin = Console.OpenStandardInput();
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "");
        using var vm = new JavaVm(new JavaVmOptions
        {
            JavaHome = javaHome,
            ClassPath = classPath,
            HeapLimit = heap,
            Properties = properties,
            StandardOutput = stdout,
            StandardError = stderr,
            StandardInput = stdin,
            Environment = environment,
            CallTrace = trace,
        });
        try
        {
            return vm.RunMain(tokens[i], [.. tokens.Skip(i + 1)]);
        }
        finally
        {
            trace?.Dispose();
        }
    }

    /// <summary>"512m", "1g", "65536k" or bytes, as -Xmx takes them.</summary>
    private static long? ParseSize(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        long unit = char.ToLowerInvariant(text[^1]) switch { 'k' => 1L << 10, 'm' => 1L << 20, 'g' => 1L << 30, _ => 1 };
        var digits = unit == 1 ? text : text[..^1];
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) ? value * unit : null;
    }

    /// <summary>Bytes written by the VM, decoded as UTF-8 onto a TextWriter (in-process runs and tests).</summary>
    private sealed class TextWriterStream(TextWriter writer) : Stream
    {
        private readonly Decoder decoder = Encoding.UTF8.GetDecoder();

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count)
        {
            var chars = new char[decoder.GetCharCount(buffer, offset, count)];
            decoder.GetChars(buffer, offset, count, chars, 0);
            writer.Write(chars);
        }

        public override void Flush() => writer.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
