// SPDX-License-Identifier: GPL-3.0-or-later
#include "hfconfigkeys.h"

#include "inputerror.h"
#include "jsonfields.h"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>

namespace kvscope::model {

namespace {

/// Every key some family's import reads (hfconfig.cpp).
constexpr std::array<std::string_view, 62> kReadKeys{"_name_or_path",
                                                     "model_type",
                                                     "text_config",
                                                     "num_hidden_layers",
                                                     "n_layer",
                                                     "num_layers",
                                                     "hidden_size",
                                                     "n_embd",
                                                     "num_attention_heads",
                                                     "n_head",
                                                     "num_key_value_heads",
                                                     "multi_query_attention",
                                                     "multi_query_group_num",
                                                     "head_dim",
                                                     "kv_channels",
                                                     "intermediate_size",
                                                     "n_inner",
                                                     "ffn_hidden_size",
                                                     "intermediate_size_mlp",
                                                     "vocab_size",
                                                     "padded_vocab_size",
                                                     "tie_word_embeddings",
                                                     "max_position_embeddings",
                                                     "n_positions",
                                                     "seq_length",
                                                     "sliding_window",
                                                     "use_sliding_window",
                                                     "sliding_window_pattern",
                                                     "max_window_layers",
                                                     "layer_types",
                                                     "attention_chunk_size",
                                                     "no_rope_layers",
                                                     "no_rope_layer_interval",
                                                     "full_attention_interval",
                                                     "linear_num_key_heads",
                                                     "linear_num_value_heads",
                                                     "linear_key_head_dim",
                                                     "linear_value_head_dim",
                                                     "linear_conv_kernel_dim",
                                                     "mamba_ssm_dtype",
                                                     "attn_output_gate",
                                                     "num_local_experts",
                                                     "num_experts",
                                                     "n_routed_experts",
                                                     "num_experts_per_tok",
                                                     "experts_per_token",
                                                     "moe_intermediate_size",
                                                     "n_shared_experts",
                                                     "shared_expert_intermediate_size",
                                                     "first_k_dense_replace",
                                                     "decoder_sparse_step",
                                                     "mlp_only_layers",
                                                     "moe_layer_freq",
                                                     "interleave_moe_layer_step",
                                                     "moe_layers",
                                                     "kv_lora_rank",
                                                     "q_lora_rank",
                                                     "qk_rope_head_dim",
                                                     "qk_nope_head_dim",
                                                     "v_head_dim",
                                                     "num_nextn_predict_layers",
                                                     "mtp_num_hidden_layers"};

/// Keys known to change nothing kvscope counts. Generation defaults and bookkeeping that
/// transformers' PretrainedConfig writes into older configs are here too.
constexpr std::array<std::string_view, 168> kHarmlessKeys{
    // bookkeeping and token ids
    "architectures", "auto_map", "torch_dtype", "dtype", "transformers_version", "use_cache",
    "bos_token_id", "eos_token_id", "pad_token_id", "sep_token_id", "decoder_start_token_id",
    "image_token_index", "image_token_id", "boi_token_index", "eoi_token_index", "boi_token_id",
    "eoi_token_id", "video_token_id", "vision_start_token_id", "vision_end_token_id",
    "vision_token_id", "audio_token_id", "mm_tokens_per_image", "id2label", "label2id",
    "problem_type", "tokenizer_class", "prefix", "task_specific_params", "finetuning_task",
    "_attn_implementation_autoset", "_commit_hash", "keys_to_ignore_at_inference",
    "output_attentions", "output_hidden_states", "return_dict", "torchscript", "use_bfloat16",
    "pruned_heads", "tie_encoder_decoder", "is_decoder", "is_encoder_decoder",
    "cross_attention_hidden_size", "add_cross_attention", "chunk_size_feed_forward",
    // generation defaults
    "max_length", "min_length", "do_sample", "early_stopping", "num_beams", "num_beam_groups",
    "diversity_penalty", "temperature", "top_k", "top_p", "typical_p", "repetition_penalty",
    "length_penalty", "no_repeat_ngram_size", "encoder_no_repeat_ngram_size", "bad_words_ids",
    "num_return_sequences", "output_scores", "return_dict_in_generate", "forced_bos_token_id",
    "forced_eos_token_id", "remove_invalid_values", "exponential_decay_length_penalty",
    "suppress_tokens", "begin_suppress_tokens", "output_router_logits",
    // numerics, initialisation, dropout, activations
    "initializer_range", "rms_norm_eps", "layer_norm_eps", "layer_norm_epsilon",
    "layernorm_epsilon", "norm_eps", "hidden_act", "activation_function", "hidden_activation",
    "attention_dropout", "hidden_dropout", "attention_probs_dropout_prob", "hidden_dropout_prob",
    "resid_pdrop", "embd_pdrop", "attn_pdrop", "classifier_dropout", "summary_activation",
    "summary_first_dropout", "summary_proj_to_labels", "summary_type", "summary_use_proj",
    "attention_softmax_in_fp32", "apply_query_key_layer_scaling", "scale_attn_weights",
    "scale_attn_by_inverse_layer_idx", "reorder_and_upcast_attn", "fp32_residual_connection",
    "bias_dropout_fusion", "apply_residual_connection_post_layernorm", "post_layer_norm", "rmsnorm",
    "use_parallel_residual", "n_ctx", "pretraining_tp", "quantization_config",
    // biases are ignored everywhere (cost-model.md §4.1)
    "attention_bias", "mlp_bias", "bias", "add_bias_linear", "add_qkv_bias", "qkv_bias", "use_bias",
    // positions: RoPE variants do not change the cost of a context that fits
    "rope_theta", "rope_scaling", "rope_parameters", "rope_type", "partial_rotary_factor",
    "rotary_pct", "rotary_emb_base", "rotary_dim", "rope_ratio", "original_rope", "rope_interleave",
    "rope_local_base_freq", "initial_context_length", "original_max_position_embeddings",
    "model_max_length", "attn_implementation", "for_llm_compressor",
    // scaling and soft-capping of logits, per-head norms and temperature tuning
    "use_qk_norm", "qk_layernorm", "qk_norm", "logit_scale", "final_logit_softcapping",
    "attn_logit_softcapping", "query_pre_attn_scalar", "attn_temperature_tuning", "floor_scale",
    "attn_scale", "swiglu_limit", "embedding_multiplier", "logits_scaling", "residual_multiplier",
    "attention_multiplier", "cache_implementation",
    // routing details: which experts, not how many
    "router_aux_loss_coef", "router_z_loss_coef", "router_jitter_noise", "norm_topk_prob",
    "scoring_func", "topk_method", "n_group", "topk_group", "routed_scaling_factor",
    "aux_loss_alpha", "seq_aux", "ep_size",
    // multimodal towers are never read (only the language model is)
    "vision_config", "audio_config", "vision_feature_layer", "vision_feature_select_strategy",
    "projector_hidden_act", "multimodal_projector_bias", "spatial_merge_size",
    "mtp_use_dedicated_embeddings",
    // Gemma 2 writes its window twice; transformers reads sliding_window, as kvscope does
    "sliding_window_size"};

/// Words in a key's name that say it may describe the architecture.
constexpr std::array<std::string_view, 30> kCostWords{
    "expert",   "moe",    "layer", "head",  "hidden", "intermediate", "ffn",       "vocab",
    "window",   "chunk",  "lora",  "rank",  "kv",     "linear",       "attention", "attn",
    "interval", "sparse", "dense", "mtp",   "nextn",  "block",        "state",     "conv",
    "mamba",    "ssm",    "embd",  "embed", "inner",  "width"};

template <std::size_t N>
bool listed(const std::array<std::string_view, N> &keys, std::string_view key)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

} // namespace

bool isReadHuggingFaceKey(std::string_view key)
{
    return listed(kReadKeys, key);
}

bool isHarmlessHuggingFaceKey(std::string_view key)
{
    return listed(kHarmlessKeys, key);
}

void refuseUnknownCostKeys(const nlohmann::json &object, const std::string &file,
                           const std::string &prefix)
{
    if (!object.is_object())
        return;
    for (const auto &item : object.items()) {
        const std::string &key = item.key();
        const nlohmann::json &value = item.value();
        if (value.is_null() || isReadHuggingFaceKey(key) || isHarmlessHuggingFaceKey(key))
            continue;
        const bool speaksOfCost =
            std::any_of(kCostWords.begin(), kCostWords.end(), [&key](std::string_view word) {
                return key.find(word) != std::string::npos;
            });
        if (speaksOfCost)
            throw InputError(file, prefix + key, jsonValueText(value),
                             "kvscope does not read this key, and its name says it may change "
                             "the KV cache, the parameters or the FLOP: refused rather than "
                             "guessed (docs/huggingface-import.md lists the keys read)");
    }
}

} // namespace kvscope::model
