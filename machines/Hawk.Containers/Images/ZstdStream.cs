using System.Runtime.InteropServices;

namespace Hawk.Containers.Images;

/// <summary>
/// Read-only zstd decompression through the system's libzstd.so.1 (no zstd package is served for .NET here);
/// fails with a clear message where the library is absent.
/// </summary>
internal sealed unsafe partial class ZstdStream : Stream
{
    private const string Library = "libzstd.so.1";
    private readonly Stream _inner;
    private readonly byte[] _input = new byte[128 * 1024];
    private readonly nint _context;
    private int _inputSize, _inputPosition;
    private bool _innerDone, _disposed;

    public ZstdStream(Stream inner)
    {
        _inner = inner;
        try
        {
            _context = ZSTD_createDStream();
        }
        catch (DllNotFoundException e)
        {
            throw new ImageException("zstd layers need libzstd.so.1 (Debian package libzstd1)", e);
        }

        Check(ZSTD_initDStream(_context));
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_inputPosition == _inputSize && !_innerDone)
            {
                _inputSize = _inner.Read(_input);
                _inputPosition = 0;
                _innerDone = _inputSize == 0;
            }

            fixed (byte* inputPointer = _input)
            fixed (byte* outputPointer = buffer)
            {
                var output = new Buffer { Pointer = outputPointer, Size = (nuint)buffer.Length };
                var input = new Buffer { Pointer = inputPointer, Size = (nuint)_inputSize, Position = (nuint)_inputPosition };
                Check(ZSTD_decompressStream(_context, &output, &input));
                _inputPosition = (int)input.Position;
                if (output.Position > 0 || buffer.Length == 0)
                {
                    return (int)output.Position;
                }
            }

            if (_innerDone && _inputPosition == _inputSize)
            {
                return 0;
            }
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        // Disposal may come twice (TarReader owns the stream, and so does its creator): free the context once.
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        ZSTD_freeDStream(_context);
        if (disposing)
        {
            _inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private static void Check(nuint result)
    {
        if (ZSTD_isError(result) != 0)
        {
            throw new ImageException($"zstd layer: {Marshal.PtrToStringUTF8(ZSTD_getErrorName(result))}");
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Buffer
    {
        public byte* Pointer;
        public nuint Size;
        public nuint Position;
    }

    [LibraryImport(Library)]
    private static partial nint ZSTD_createDStream();

    [LibraryImport(Library)]
    private static partial nuint ZSTD_initDStream(nint context);

    [LibraryImport(Library)]
    private static partial nuint ZSTD_decompressStream(nint context, Buffer* output, Buffer* input);

    [LibraryImport(Library)]
    private static partial nuint ZSTD_freeDStream(nint context);

    [LibraryImport(Library)]
    private static partial uint ZSTD_isError(nuint code);

    [LibraryImport(Library)]
    private static partial nint ZSTD_getErrorName(nuint code);
}
