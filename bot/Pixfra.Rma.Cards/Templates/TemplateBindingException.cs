namespace Pixfra.Rma.Cards.Templates;

/// <summary>A template referred to data its model does not have, or used syntax we do not bind.</summary>
public sealed class TemplateBindingException : Exception
{
    public TemplateBindingException()
    {
    }

    public TemplateBindingException(string message)
        : base(message)
    {
    }

    public TemplateBindingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
