using System.CommandLine;
using Hawk.Containers.Images;
using Hawk.Containers.Runtime;

namespace Hawk.Containers.Cli;

/// <summary>`run-image LAYOUT:TAG -- cmd`: unpack an OCI image layout into a temporary bundle, run it, remove it.</summary>
internal static class ImageCommands
{
    public static Command RunImage(HawkerCli.Globals globals)
    {
        var reference = new Argument<string>("image") { Description = "OCI image layout directory, optionally :TAG." };
        var command = new Argument<string[]>("command") { Description = "Replaces the image's Cmd.", Arity = ArgumentArity.ZeroOrMore };
        var name = new Option<string?>("--name") { Description = "Container id (default: generated)." };
        var keep = new Option<string?>("--bundle-dir") { Description = "Unpack here and keep the bundle (default: a temporary directory, removed after)." };
        var runImage = new Command("run-image", "Unpack an OCI image layout into a bundle and run it.") { reference, command, name, keep };
        runImage.SetAction(p => globals.Run(p, runtime =>
        {
            var id = p.GetValue(name) ?? $"hawker-{Guid.NewGuid():N}"[..20];
            var kept = p.GetValue(keep);
            var bundle = kept ?? Path.Combine(Path.GetTempPath(), $"hawker-bundle-{id}");
            try
            {
                BundleBuilder.Build(p.GetRequiredValue(reference), bundle, p.GetValue(command) ?? []);
                return runtime.Run(new CreateOptions(id, bundle), detach: false);
            }
            catch (ImageException e)
            {
                throw new ContainerException(e.Message, e);
            }
            finally
            {
                if (kept is null && Directory.Exists(bundle))
                {
                    Directory.Delete(bundle, recursive: true);
                }
            }
        }));
        return runImage;
    }
}
