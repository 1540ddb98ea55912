/* voile-name-model.h — a learned judge of each PERSON candidate the rules keep.
 *
 * The features of a mention (how it was found, its words' lists and case, the words around
 * it, its line, the text's document prior…) are scored by a logistic regression trained by
 * tests/corpus/tools/train-name-model.py on the annotated corpus (weights in the generated
 * voile-name-model-data.h). The finder drops the kept mentions it scores under the trained
 * veto threshold, before later mentions are propagated.
 */
#pragma once

#include "voile-name-private.h"

G_BEGIN_DECLS

/* Features are sparse: a mention sets a few dozen of the VOILE_NAME_MODEL_FEATURES. */
#define VOILE_NAME_MODEL_ACTIVE_MAX 64

typedef struct
{
  guint16 ids[VOILE_NAME_MODEL_ACTIVE_MAX];
  float values[VOILE_NAME_MODEL_ACTIVE_MAX];
  guint n;
} VoileNameFeatures;

/* Number of features the extractor knows (the generated weights must have as many). */
guint
voile_name_model_feature_count (void);

/* What the features read of the whole text, gathered once. */
typedef struct
{
  VoileNameCollector *c;
  GArray *mentions; /* the mentions whose keys are counted */
  guint words;      /* the text's word count */
  guint people;     /* distinct keys */
  gboolean details; /* a contact detail or an identifier */
  double prior;     /* the document prior's score */
} VoileNameModelText;

void
voile_name_model_text_init (VoileNameModelText *text, VoileNameCollector *c, GArray *mentions,
                            guint words);

/* The features of the PERSON mention m of text->mentions. */
void
voile_name_model_features (const VoileNameModelText *text, const VoileNameMention *m,
                           VoileNameFeatures *out);

/* The model's score: > 0 leans to a person's name. */
double
voile_name_model_score (const VoileNameFeatures *features);

/* The score of a candidate the rules did not propose (voile-name-candidates.c), and whether
 * it clears the acceptance threshold (stricter than the veto's). */
double
voile_name_model_proposal_score (const VoileNameFeatures *features);
gboolean
voile_name_model_accepts (double proposal_score);
/* FALSE when the model was trained with acceptance off: no proposal can be kept. */
gboolean
voile_name_model_accepts_any (void);
/* The same for the lower-case words of informal lines (their own threshold). */
gboolean
voile_name_model_accepts_lower (double proposal_score);
gboolean
voile_name_model_accepts_any_lower (void);

/* Drops the PERSON mentions that the model scores under its veto threshold. */
void
voile_name_model_veto (VoileNameCollector *c, guint words);

typedef enum
{
  VOILE_NAME_MODEL_DROPPED,  /* a rule's candidate the rules dropped */
  VOILE_NAME_MODEL_KEPT,     /* a rule's candidate the rules kept */
  VOILE_NAME_MODEL_PROPOSED, /* proposed by voile-name-candidates.c */
  /* A name the rules kept, as voile-name-candidates.c would have proposed it (dump only). */
  VOILE_NAME_MODEL_SHADOW,
} VoileNameModelVerdict;

/* For the trainer's dump tool (tests/corpus/name-features.c), never set in use: called for
 * every PERSON candidate of a text and every proposal. */
typedef void (*VoileNameModelObserver) (const VoileNameMention *m,
                                        const VoileNameFeatures *features,
                                        VoileNameModelVerdict verdict, gpointer data);
void
voile_name_model_set_observer (VoileNameModelObserver observer, gpointer data);
gboolean
voile_name_model_observed (void);
void
voile_name_model_observe (const VoileNameMention *m, const VoileNameFeatures *features,
                          VoileNameModelVerdict verdict);
/* Reports the candidates (a copy of the mentions before the drop rules) to the observer;
 * those still in c->mentions were kept. */
void
voile_name_model_report (VoileNameCollector *c, GArray *candidates, guint words);

G_END_DECLS
