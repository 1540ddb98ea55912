/* voile-anonymizer.c — STUB, to be replaced (issue 2). */
#include "config.h"

#include "voile-anonymizer.h"

#include <gio/gio.h>

struct _VoileMapping
{
  int unused;
};

VoileMapping *
voile_mapping_new (void)
{
  return g_new0 (VoileMapping, 1);
}

void
voile_mapping_free (VoileMapping *mapping)
{
  g_free (mapping);
}

void
voile_mapping_clear (VoileMapping *mapping)
{
}

guint
voile_mapping_get_size (const VoileMapping *mapping)
{
  return 0;
}

void
voile_mapping_expire (VoileMapping *mapping, gint64 older_than_us)
{
}

gboolean
voile_mapping_save (const VoileMapping *mapping, const char *path, GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not implemented");
  return FALSE;
}

VoileMapping *
voile_mapping_load (const char *path, GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not implemented");
  return NULL;
}

char *
voile_anonymize (VoileMapping *mapping, const char *text, gsize len, const VoileScanResult *scan,
                 gsize *out_len)
{
  *out_len = len;
  return g_strndup (text, len);
}

char *
voile_restore (const VoileMapping *mapping, const char *text, gsize len, gsize *out_len,
               guint *n_restored)
{
  *out_len = len;
  if (n_restored)
    *n_restored = 0;
  return g_strndup (text, len);
}

gboolean
voile_mapping_text_has_placeholders (const VoileMapping *mapping, const char *text, gsize len)
{
  return FALSE;
}
