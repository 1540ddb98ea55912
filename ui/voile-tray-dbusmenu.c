/* voile-tray-dbusmenu.c — render the daemon's menu model for the panel.
 *
 * Why not gtk_menu_new_from_model() and app_indicator_set_menu(): libdbusmenu-gtk turns
 * every item of such a menu into a check item (GTK 3 builds them all as GtkCheckMenuItem)
 * and only reads a toggle's state when the item is activated, so a pause made from a
 * notification or `voile pause` would not show. Serving the tree ourselves keeps the
 * panel exact: plain items stay plain, and toggles follow the action states as they change.
 */
#include "config.h"

#include "voile-tray-dbusmenu.h"

#include <libdbusmenu-glib/client.h>
#include <libdbusmenu-glib/menuitem.h>

#define APP_PREFIX "app."

/* libdbusmenu predates g_autoptr. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DbusmenuMenuitem, g_object_unref)

typedef struct
{
  DbusmenuMenuitem *item;
  char *action; /* without "app." */
  GVariant *target;
  char *hidden_when;
} Binding;

struct _VoileTrayDbusmenu
{
  GMenuModel *model;
  GActionGroup *actions;
  DbusmenuServer *server;
  DbusmenuMenuitem *root;
  GPtrArray *bindings; /* Binding*, for the items built last time */
  GPtrArray *models;   /* GMenuModel* whose items-changed we listen to */
  guint rebuild_id;
};

static void
binding_free (gpointer data)
{
  Binding *binding = data;

  g_signal_handlers_disconnect_matched (binding->item, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL,
                                        binding);
  g_object_unref (binding->item);
  g_free (binding->action);
  g_clear_pointer (&binding->target, g_variant_unref);
  g_free (binding->hidden_when);
  g_free (binding);
}

static void
update_binding (VoileTrayDbusmenu *self, Binding *binding)
{
  g_autoptr (GVariant) state = NULL;
  const GVariantType *parameter_type = NULL;
  gboolean enabled = FALSE;
  gboolean found;
  gboolean visible;

  found = g_action_group_query_action (self->actions, binding->action, &enabled, &parameter_type,
                                       NULL, NULL, &state);
  if (!found)
    enabled = FALSE;

  if (g_strcmp0 (binding->hidden_when, "action-missing") == 0)
    visible = found;
  else if (g_strcmp0 (binding->hidden_when, "action-disabled") == 0)
    visible = found && enabled;
  else
    visible = TRUE;

  dbusmenu_menuitem_property_set_bool (binding->item, DBUSMENU_MENUITEM_PROP_ENABLED, enabled);
  dbusmenu_menuitem_property_set_bool (binding->item, DBUSMENU_MENUITEM_PROP_VISIBLE, visible);

  if (state == NULL)
    return;
  if (binding->target != NULL && g_variant_is_of_type (state, g_variant_get_type (binding->target)))
    {
      dbusmenu_menuitem_property_set (binding->item, DBUSMENU_MENUITEM_PROP_TOGGLE_TYPE,
                                      DBUSMENU_MENUITEM_TOGGLE_RADIO);
      dbusmenu_menuitem_property_set_int (binding->item, DBUSMENU_MENUITEM_PROP_TOGGLE_STATE,
                                          g_variant_equal (state, binding->target)
                                              ? DBUSMENU_MENUITEM_TOGGLE_STATE_CHECKED
                                              : DBUSMENU_MENUITEM_TOGGLE_STATE_UNCHECKED);
    }
  else if (binding->target == NULL && g_variant_is_of_type (state, G_VARIANT_TYPE_BOOLEAN))
    {
      dbusmenu_menuitem_property_set (binding->item, DBUSMENU_MENUITEM_PROP_TOGGLE_TYPE,
                                      DBUSMENU_MENUITEM_TOGGLE_CHECK);
      dbusmenu_menuitem_property_set_int (binding->item, DBUSMENU_MENUITEM_PROP_TOGGLE_STATE,
                                          g_variant_get_boolean (state)
                                              ? DBUSMENU_MENUITEM_TOGGLE_STATE_CHECKED
                                              : DBUSMENU_MENUITEM_TOGGLE_STATE_UNCHECKED);
    }
}

static void
update_action (VoileTrayDbusmenu *self, const char *action)
{
  for (guint i = 0; i < self->bindings->len; i++)
    {
      Binding *binding = g_ptr_array_index (self->bindings, i);

      if (g_strcmp0 (binding->action, action) == 0)
        update_binding (self, binding);
    }
}

static void
on_item_activated (DbusmenuMenuitem *item, guint timestamp, gpointer user_data)
{
  Binding *binding = user_data;
  VoileTrayDbusmenu *self = g_object_get_data (G_OBJECT (item), "voile-tray-dbusmenu");

  /* Check items toggle through their action with no parameter; radio items set it to their
   * target: the daemon changes the state, and the change comes back to every view. */
  g_debug ("menu item %d: activating %s", dbusmenu_menuitem_get_id (item), binding->action);
  if (self != NULL && g_action_group_has_action (self->actions, binding->action))
    g_action_group_activate_action (self->actions, binding->action, binding->target);
}

static void
schedule_rebuild (VoileTrayDbusmenu *self);

static void
on_items_changed (GMenuModel *model, int position, int removed, int added, gpointer user_data)
{
  schedule_rebuild (user_data);
}

static void
append_model (VoileTrayDbusmenu *self, DbusmenuMenuitem *parent, GMenuModel *model,
              gboolean *separator_pending);

static DbusmenuMenuitem *
build_item (VoileTrayDbusmenu *self, GMenuModel *model, int index)
{
  g_autoptr (GMenuModel) submenu = g_menu_model_get_item_link (model, index, G_MENU_LINK_SUBMENU);
  g_autofree char *label = NULL;
  g_autofree char *action = NULL;
  g_autofree char *hidden_when = NULL;
  DbusmenuMenuitem *item = dbusmenu_menuitem_new ();

  if (g_menu_model_get_item_attribute (model, index, G_MENU_ATTRIBUTE_LABEL, "s", &label))
    dbusmenu_menuitem_property_set (item, DBUSMENU_MENUITEM_PROP_LABEL, label);
  g_menu_model_get_item_attribute (model, index, G_MENU_ATTRIBUTE_ACTION, "s", &action);
  g_menu_model_get_item_attribute (model, index, "hidden-when", "s", &hidden_when);

  if (submenu != NULL)
    {
      gboolean separator_pending = FALSE;

      dbusmenu_menuitem_property_set (item, DBUSMENU_MENUITEM_PROP_CHILD_DISPLAY,
                                      DBUSMENU_MENUITEM_CHILD_DISPLAY_SUBMENU);
      append_model (self, item, submenu, &separator_pending);
    }
  else if (action != NULL && g_str_has_prefix (action, APP_PREFIX))
    {
      Binding *binding = g_new0 (Binding, 1);

      binding->item = g_object_ref (item);
      binding->action = g_strdup (action + strlen (APP_PREFIX));
      binding->target
          = g_menu_model_get_item_attribute_value (model, index, G_MENU_ATTRIBUTE_TARGET, NULL);
      binding->hidden_when = g_steal_pointer (&hidden_when);
      g_object_set_data (G_OBJECT (item), "voile-tray-dbusmenu", self);
      g_signal_connect (item, DBUSMENU_MENUITEM_SIGNAL_ITEM_ACTIVATED,
                        G_CALLBACK (on_item_activated), binding);
      g_ptr_array_add (self->bindings, binding);
      update_binding (self, binding);
    }
  else
    /* No action: a line of information (the status line), shown as such. */
    dbusmenu_menuitem_property_set_bool (item, DBUSMENU_MENUITEM_PROP_ENABLED, FALSE);

  return item;
}

/* Sections are drawn as separators between groups, never at either end. */
static void
append_model (VoileTrayDbusmenu *self, DbusmenuMenuitem *parent, GMenuModel *model,
              gboolean *separator_pending)
{
  int n = g_menu_model_get_n_items (model);

  g_ptr_array_add (self->models, g_object_ref (model));
  g_signal_connect (model, "items-changed", G_CALLBACK (on_items_changed), self);

  for (int i = 0; i < n; i++)
    {
      g_autoptr (GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);
      g_autoptr (DbusmenuMenuitem) item = NULL;

      if (section != NULL)
        {
          *separator_pending = TRUE;
          append_model (self, parent, section, separator_pending);
          *separator_pending = TRUE;
          continue;
        }
      if (*separator_pending && dbusmenu_menuitem_get_children (parent) != NULL)
        {
          g_autoptr (DbusmenuMenuitem) separator = dbusmenu_menuitem_new ();

          dbusmenu_menuitem_property_set (separator, DBUSMENU_MENUITEM_PROP_TYPE,
                                          DBUSMENU_CLIENT_TYPES_SEPARATOR);
          dbusmenu_menuitem_child_append (parent, separator);
        }
      *separator_pending = FALSE;
      item = build_item (self, model, i);
      dbusmenu_menuitem_child_append (parent, item);
    }
}

/* Returns the models watched so far, no longer watched. */
static GPtrArray *
clear_tree (VoileTrayDbusmenu *self)
{
  GPtrArray *models = g_steal_pointer (&self->models);
  GList *children;

  for (guint i = 0; i < models->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (models, i), on_items_changed, self);
  self->models = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_set_size (self->bindings, 0);
  children = dbusmenu_menuitem_take_children (self->root);
  g_list_free_full (children, g_object_unref);
  return models;
}

static void
rebuild (VoileTrayDbusmenu *self)
{
  /* The old models stay alive while the new tree is built: a GDBusMenuModel whose last
   * proxy goes away unsubscribes and drops its items, and would come back empty. */
  g_autoptr (GPtrArray) old_models G_GNUC_UNUSED = clear_tree (self);
  gboolean separator_pending = FALSE;

  append_model (self, self->root, self->model, &separator_pending);
}

static gboolean
on_rebuild_idle (gpointer user_data)
{
  VoileTrayDbusmenu *self = user_data;

  self->rebuild_id = 0;
  rebuild (self);
  return G_SOURCE_REMOVE;
}

/* The daemon sends a model change as several items-changed: rebuild once, when idle. */
static void
schedule_rebuild (VoileTrayDbusmenu *self)
{
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add (on_rebuild_idle, self);
}

/* An action that comes or goes can turn a plain item into a toggle: build the items anew so
 * panels get each item's kind when it first appears (the action group loads lazily). */
static void
on_action_added (GActionGroup *group, const char *name, gpointer user_data)
{
  schedule_rebuild (user_data);
}

static void
on_action_removed (GActionGroup *group, const char *name, gpointer user_data)
{
  schedule_rebuild (user_data);
}

static void
on_action_enabled_changed (GActionGroup *group, const char *name, gboolean enabled,
                           gpointer user_data)
{
  update_action (user_data, name);
}

static void
on_action_state_changed (GActionGroup *group, const char *name, GVariant *state, gpointer user_data)
{
  update_action (user_data, name);
}

VoileTrayDbusmenu *
voile_tray_dbusmenu_new (GMenuModel *model, GActionGroup *actions, const char *object_path)
{
  VoileTrayDbusmenu *self = g_new0 (VoileTrayDbusmenu, 1);

  self->model = g_object_ref (model);
  self->actions = g_object_ref (actions);
  self->bindings = g_ptr_array_new_with_free_func (binding_free);
  self->models = g_ptr_array_new_with_free_func (g_object_unref);
  self->root = dbusmenu_menuitem_new_with_id (0);
  self->server = dbusmenu_server_new (object_path);
  dbusmenu_server_set_root (self->server, self->root);

  g_signal_connect (actions, "action-added", G_CALLBACK (on_action_added), self);
  g_signal_connect (actions, "action-removed", G_CALLBACK (on_action_removed), self);
  g_signal_connect (actions, "action-enabled-changed", G_CALLBACK (on_action_enabled_changed),
                    self);
  g_signal_connect (actions, "action-state-changed", G_CALLBACK (on_action_state_changed), self);

  rebuild (self);
  return self;
}

void
voile_tray_dbusmenu_free (VoileTrayDbusmenu *self)
{
  if (self == NULL)
    return;
  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  g_signal_handlers_disconnect_by_data (self->actions, self);
  g_ptr_array_unref (clear_tree (self));
  g_ptr_array_unref (self->bindings);
  g_ptr_array_unref (self->models);
  g_clear_object (&self->server);
  g_clear_object (&self->root);
  g_clear_object (&self->actions);
  g_clear_object (&self->model);
  g_free (self);
}

DbusmenuServer *
voile_tray_dbusmenu_get_server (VoileTrayDbusmenu *self)
{
  return self->server;
}
