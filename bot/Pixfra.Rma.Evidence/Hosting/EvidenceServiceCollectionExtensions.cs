using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pixfra.Rma.Conversations.Evidence;

namespace Pixfra.Rma.Evidence.Hosting;

public static class EvidenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IEvidenceInspector"/> with its limits from section <c>Evidence</c> (every key optional;
    /// the defaults are in <see cref="EvidenceInspectionOptions"/>). A value out of range stops the host naming the key.
    /// </summary>
    public static IServiceCollection AddEvidenceInspection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EvidenceInspectionOptions>().Bind(configuration.GetSection(EvidenceInspectionOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EvidenceInspectionOptions>, EvidenceInspectionOptionsValidator>();
        services.AddSingleton<IEvidenceInspector, EvidenceInspector>();
        return services;
    }
}
