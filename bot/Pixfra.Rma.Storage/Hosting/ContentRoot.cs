using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Pixfra.Rma.Storage.Hosting;

/// <summary>Relative paths in settings are relative to the host's content root (the working folder without a host).</summary>
internal static class ContentRoot
{
    public static string Resolve(IServiceProvider services, string path) =>
        Path.GetFullPath(path, services.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory());
}
