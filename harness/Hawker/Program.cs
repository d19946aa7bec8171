using Hawk.Containers.Cli;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

return HawkerCli.CreateRoot(Console.Out, Console.Error).Parse(args).Invoke();
