using System.CommandLine;
using System.Diagnostics;
using Hawk.Nes;
using Hawk.Nes.Cartridges;
using Hawk.Nes.Input;
using Hawk.Nes.Media;
using Hawk.Nes.Video;

namespace Hawk.Cli.Commands;

/// <summary>`hawk nes run ROM`: runs a cartridge headless for a number of frames, writing the last frame and the audio.</summary>
internal static class NesCommands
{
    public static Command Create(CliContext context)
    {
        var rom = new Argument<FileInfo>("ROM") { Description = "An iNES or NES 2.0 image (.nes)." };
        var frames = new Option<int>("--frames") { Description = "Frames to run (default 60).", DefaultValueFactory = _ => 60 };
        var png = new Option<FileInfo?>("--png") { Description = "Write the final frame here as PNG." };
        var wav = new Option<FileInfo?>("--wav") { Description = "Write the audio of the whole run here (44.1 kHz mono WAV)." };
        var input = new Option<FileInfo?>("--input") { Description = "Controller 1 script: lines 'FRAME[-LAST] BUTTONS', e.g. '60-65 start'." };
        var save = new Option<FileInfo?>("--save") { Description = "Battery RAM file: loaded when present, written after the run." };
        var run = new Command("run", "Run a ROM headless with full PPU rendering and APU.") { rom, frames, png, wav, input, save };
        run.SetAction(parse => context.GuardAsync(() => Run(context, new RunRequest(
            parse.GetRequiredValue(rom), parse.GetValue(frames), parse.GetValue(png), parse.GetValue(wav), parse.GetValue(input), parse.GetValue(save)))));
        return new Command("nes", "HawkNESt, the NES.") { run };
    }

    private sealed record RunRequest(FileInfo Rom, int Frames, FileInfo? Png, FileInfo? Wav, FileInfo? Input, FileInfo? Save);

    private static int Run(CliContext context, RunRequest request)
    {
        if (request.Frames < 1)
        {
            context.Error.WriteLine($"--frames must be at least 1, got {request.Frames}");
            return ExitCodes.Configuration;
        }

        NesConsole console;
        try
        {
            console = new NesConsole(Cartridge.Load(request.Rom.FullName));
            console.Input = request.Input is null ? null : InputScript.Load(request.Input.FullName);
            if (request.Save is { Exists: true } && console.Cartridge.Header.HasBattery)
            {
                console.LoadBatteryRam(File.ReadAllBytes(request.Save.FullName));
            }
        }
        catch (Exception e) when (e is RomFormatException or FormatException or IOException or ArgumentException)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.Failure;
        }

        var stopwatch = Stopwatch.StartNew();
        using (var audio = request.Wav is null ? null : new WavWriter(File.Create(request.Wav.FullName), Hawk.Nes.Audio.Apu.SampleRate))
        {
            for (int frame = 0; frame < request.Frames; frame++)
            {
                console.RunFrame();
                audio?.Write(console.Apu.PendingSamples);
                console.Apu.TakeSamples();
            }
        }

        stopwatch.Stop();
        if (request.Png is not null)
        {
            var pixels = new uint[Ppu.Width * Ppu.Height];
            console.RenderArgb(pixels);
            File.WriteAllBytes(request.Png.FullName, PngWriter.Encode(pixels, Ppu.Width, Ppu.Height));
        }

        if (request.Save is not null && console.Cartridge.Header.HasBattery)
        {
            File.WriteAllBytes(request.Save.FullName, console.BatteryRam.ToArray());
        }

        double fps = request.Frames / Math.Max(stopwatch.Elapsed.TotalSeconds, 1e-9);
        context.Out.WriteLine($"{request.Rom.Name}: {request.Frames} frames, {console.Cycles:N0} CPU cycles, {console.Instructions:N0} instructions " +
            $"in {stopwatch.Elapsed.TotalMilliseconds:F0} ms ({fps:F0} frames/s); PC=${console.PC:X4}{(console.Jammed ? " (CPU jammed)" : "")}");
        return ExitCodes.Success;
    }
}
