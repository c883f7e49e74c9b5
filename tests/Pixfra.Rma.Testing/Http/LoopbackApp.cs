using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Pixfra.Rma.Testing.Http;

/// <summary>
/// The builder of a stand-in server (file host, connector, Slack Web API, token authority): Kestrel on a free
/// loopback port, no log output, and no configuration files watched. By default a builder's content root is the
/// current folder, and reloadable appsettings would put an inotify watch on every folder under it (the whole
/// repository, node_modules included, when tests run from the root): thousands of watches and a busy watcher thread.
/// </summary>
public static class LoopbackApp
{
    public static WebApplicationBuilder CreateBuilder()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        return builder;
    }
}
