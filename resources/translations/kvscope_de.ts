<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Bound</name>
    <message>
        <source>compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
</context>
<context>
    <name>ChartKind</name>
    <message>
        <source>HBM occupancy</source>
        <translation>HBM-Belegung</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Concurrency ceiling</source>
        <translation>Gleichzeitigkeitsgrenze</translation>
    </message>
    <message>
        <source>Context switching</source>
        <translation>Kontextwechsel</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Sitzungszeitleiste</translation>
    </message>
</context>
<context>
    <name>CompressionTechnique</name>
    <message>
        <source>GQA, %1 KV heads</source>
        <translation>GQA, %1 KV-Heads</translation>
    </message>
    <message>
        <source>MQA, 1 KV head</source>
        <translation>MQA, 1 KV-Head</translation>
    </message>
    <message>
        <source>MLA latent %1 + %2</source>
        <translation>MLA-Latent %1 + %2</translation>
    </message>
    <message>
        <source>8-bit KV cache</source>
        <translation>8-Bit-KV-Cache</translation>
    </message>
    <message>
        <source>4-bit KV cache</source>
        <translation>4-Bit-KV-Cache</translation>
    </message>
    <message>
        <source>Cross-layer pairs</source>
        <translation>Schichtpaare teilen</translation>
    </message>
    <message>
        <source>%1-token window</source>
        <translation>Fenster von %1 Tokens</translation>
    </message>
    <message>
        <source>The model caches a latent, not heads: no head sharing to add.</source>
        <translation>Das Modell speichert ein Latent, keine Heads: Heads zu teilen bringt nichts.</translation>
    </message>
    <message>
        <source>Query heads share %1 key/value heads: %2 / %1.</source>
        <translation>Die Query-Heads teilen sich %1 Key/Value-Heads: %2 / %1.</translation>
    </message>
    <message>
        <source>All query heads share one key/value head: %1 / 1.</source>
        <translation>Alle Query-Heads teilen sich einen Key/Value-Head: %1 / 1.</translation>
    </message>
    <message>
        <source>The model already caches a latent.</source>
        <translation>Das Modell speichert bereits ein Latent.</translation>
    </message>
    <message>
        <source>One latent of 4 d_h plus a rotary key of d_h / 2 per token and layer instead of 2 × h_kv × d_h values.</source>
        <translation>Ein Latent von 4 d_h plus ein Rotary-Key von d_h / 2 pro Token und Schicht statt 2 × h_kv × d_h Werten.</translation>
    </message>
    <message>
        <source>One byte per element instead of %1.</source>
        <translation>Ein Byte pro Element statt %1.</translation>
    </message>
    <message>
        <source>Half a byte per element instead of %1.</source>
        <translation>Ein halbes Byte pro Element statt %1.</translation>
    </message>
    <message>
        <source>Each pair of adjacent layers shares one KV cache (CLA-2, YOCO-like).</source>
        <translation>Je zwei benachbarte Schichten teilen sich einen KV-Cache (CLA-2, ähnlich YOCO).</translation>
    </message>
    <message>
        <source>Keep only the last %1 tokens (lossy): n / %1 at the current context, fixed as the context moves.</source>
        <translation>Nur die letzten %1 Tokens behalten (verlustbehaftet): n / %1 beim aktuellen Kontext, fest, während der Kontext sich bewegt.</translation>
    </message>
</context>
<context>
    <name>Parameter</name>
    <message>
        <source>Context length</source>
        <translation>Kontextlänge</translation>
    </message>
    <message>
        <source>Tokens held in each user&apos;s KV cache when decoding starts (n).</source>
        <translation>Tokens im KV-Cache jedes Nutzers, wenn das Decoding beginnt (n).</translation>
    </message>
    <message>
        <source>Output tokens</source>
        <translation>Ausgabetokens</translation>
    </message>
    <message>
        <source>Tokens generated per request (m).</source>
        <translation>Pro Anfrage erzeugte Tokens (m).</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Users decoded together in one step (B).</source>
        <translation>In einem Schritt gemeinsam dekodierte Nutzer (B).</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>GPUs in one tensor-parallel group (G).</source>
        <translation>GPUs in einer Tensor-Parallel-Gruppe (G).</translation>
    </message>
    <message>
        <source>HBM per GPU</source>
        <translation>HBM pro GPU</translation>
    </message>
    <message>
        <source>High-bandwidth memory capacity of each GPU.</source>
        <translation>Kapazität des High-Bandwidth Memory jeder GPU.</translation>
    </message>
    <message>
        <source>Parameters (recount)</source>
        <translation>Parameter (neu gezählt)</translation>
    </message>
    <message>
        <source>Counts the model as this many parameters, architecture kept (0 = derived).</source>
        <translation>Zählt das Modell mit so vielen Parametern, die Architektur bleibt erhalten (0 = abgeleitet).</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>Rescales the architecture to this many parameters (0 = as given).</source>
        <translation>Skaliert die Architektur auf so viele Parameter (0 = wie angegeben).</translation>
    </message>
    <message>
        <source>Memory utilisation</source>
        <translation>Speicherauslastung</translation>
    </message>
    <message>
        <source>Fraction of HBM the serving engine may use (u).</source>
        <translation>Anteil des HBM, den die Serving-Engine nutzen darf (u).</translation>
    </message>
    <message>
        <source>Reserved per GPU</source>
        <translation>Reserviert pro GPU</translation>
    </message>
    <message>
        <source>HBM per GPU held back for the runtime, activations and fragmentation.</source>
        <translation>HBM pro GPU, das für Laufzeit, Aktivierungen und Fragmentierung zurückgehalten wird.</translation>
    </message>
    <message>
        <source>MFU</source>
        <translation>MFU</translation>
    </message>
    <message>
        <source>Model FLOP utilisation: fraction of peak compute reached (1 = theoretical peak).</source>
        <translation>Model FLOP Utilization: erreichter Anteil der Spitzenrechenleistung (1 = theoretischer Spitzenwert).</translation>
    </message>
    <message>
        <source>MBU</source>
        <translation>MBU</translation>
    </message>
    <message>
        <source>Memory bandwidth utilisation: fraction of peak HBM bandwidth reached.</source>
        <translation>Memory Bandwidth Utilization: erreichter Anteil der Spitzen-HBM-Bandbreite.</translation>
    </message>
    <message>
        <source>KV compression: layer</source>
        <translation>KV-Kompression: Schicht</translation>
    </message>
    <message>
        <source>KV cache shrink from sharing or dropping layers.</source>
        <translation>Verkleinerung des KV-Cache durch geteilte oder weggelassene Schichten.</translation>
    </message>
    <message>
        <source>KV compression: head</source>
        <translation>KV-Kompression: Head</translation>
    </message>
    <message>
        <source>KV cache shrink from fewer KV heads (GQA, MQA).</source>
        <translation>Verkleinerung des KV-Cache durch weniger KV-Heads (GQA, MQA).</translation>
    </message>
    <message>
        <source>KV compression: token</source>
        <translation>KV-Kompression: Token</translation>
    </message>
    <message>
        <source>KV cache shrink from keeping fewer tokens (windows, eviction).</source>
        <translation>Verkleinerung des KV-Cache durch weniger behaltene Tokens (Fenster, Verdrängung).</translation>
    </message>
    <message>
        <source>KV compression: hidden</source>
        <translation>KV-Kompression: Hidden</translation>
    </message>
    <message>
        <source>KV cache shrink from fewer bits or a smaller latent per token.</source>
        <translation>Verkleinerung des KV-Cache durch weniger Bits oder einen kleineren Latent-Vektor pro Token.</translation>
    </message>
    <message>
        <source>Host memory</source>
        <translation>Host-Speicher</translation>
    </message>
    <message>
        <source>Host DDR of the server that parks offloaded KV caches.</source>
        <translation>Host-DDR des Servers, der ausgelagerte KV-Caches aufnimmt.</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replikate</translation>
    </message>
    <message>
        <source>Data-parallel copies of the tensor-parallel group; capacity and cost multiply.</source>
        <translation>Datenparallele Kopien der Tensor-Parallel-Gruppe; Kapazität und Kosten vervielfachen sich.</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>Sessions sharing the server in the session timeline (U).</source>
        <translation>Sitzungen, die sich in der Sitzungszeitleiste den Server teilen (U).</translation>
    </message>
    <message>
        <source>HBM bandwidth</source>
        <translation>HBM-Bandbreite</translation>
    </message>
    <message>
        <source>Peak HBM bandwidth per GPU.</source>
        <translation>Spitzen-HBM-Bandbreite pro GPU.</translation>
    </message>
    <message>
        <source>bf16 compute</source>
        <translation>bf16-Rechenleistung</translation>
    </message>
    <message>
        <source>Dense bf16 peak per GPU, no sparsity.</source>
        <translation>Dichter bf16-Spitzenwert pro GPU, ohne Sparsity.</translation>
    </message>
    <message>
        <source>fp8 compute</source>
        <translation>fp8-Rechenleistung</translation>
    </message>
    <message>
        <source>Dense fp8 peak per GPU (0 = no fp8 path; bf16 is used).</source>
        <translation>Dichter fp8-Spitzenwert pro GPU (0 = kein fp8-Pfad; bf16 wird verwendet).</translation>
    </message>
    <message>
        <source>Interconnect</source>
        <translation>Interconnect</translation>
    </message>
    <message>
        <source>GPU-to-GPU bandwidth per GPU, one direction (0 = none: PCIe carries TP traffic).</source>
        <translation>GPU-zu-GPU-Bandbreite pro GPU, eine Richtung (0 = keiner: PCIe trägt den TP-Verkehr).</translation>
    </message>
    <message>
        <source>PCIe</source>
        <translation>PCIe</translation>
    </message>
    <message>
        <source>Host link bandwidth per GPU, one direction.</source>
        <translation>Bandbreite der Host-Anbindung pro GPU, eine Richtung.</translation>
    </message>
    <message>
        <source>All-reduce latency</source>
        <translation>All-Reduce-Latenz</translation>
    </message>
    <message>
        <source>Fixed cost of one all-reduce on the interconnect.</source>
        <translation>Fixe Kosten eines All-Reduce auf dem Interconnect.</translation>
    </message>
    <message>
        <source>GPU-hour price</source>
        <translation>GPU-Stundenpreis</translation>
    </message>
    <message>
        <source>On-demand price of one GPU for one hour, US dollars (0 = unknown: no cost shown).</source>
        <translation>On-Demand-Preis einer GPU für eine Stunde in US-Dollar (0 = unbekannt: keine Kosten angezeigt).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <source>Transformer layers (L).</source>
        <translation>Transformer-Schichten (L).</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation>Hidden Size</translation>
    </message>
    <message>
        <source>Model width (d).</source>
        <translation>Modellbreite (d).</translation>
    </message>
    <message>
        <source>Query heads</source>
        <translation>Query-Heads</translation>
    </message>
    <message>
        <source>Attention query heads (h).</source>
        <translation>Attention-Query-Heads (h).</translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation>KV-Heads</translation>
    </message>
    <message>
        <source>Key/value heads (h_kv): h for MHA, 1 for MQA.</source>
        <translation>Key/Value-Heads (h_kv): h bei MHA, 1 bei MQA.</translation>
    </message>
    <message>
        <source>Head dim</source>
        <translation>Head-Dimension</translation>
    </message>
    <message>
        <source>Per-head width (d_h); 0 means hidden / heads.</source>
        <translation>Breite pro Head (d_h); 0 bedeutet Hidden / Heads.</translation>
    </message>
    <message>
        <source>FFN width</source>
        <translation>FFN-Breite</translation>
    </message>
    <message>
        <source>MLP intermediate width (f).</source>
        <translation>Zwischenbreite des MLP (f).</translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation>Vokabular</translation>
    </message>
    <message>
        <source>Tokens in the vocabulary (V).</source>
        <translation>Tokens im Vokabular (V).</translation>
    </message>
    <message>
        <source>Routed experts</source>
        <translation>Geroutete Experten</translation>
    </message>
    <message>
        <source>Experts per MoE layer (E; 0 = dense).</source>
        <translation>Experten pro MoE-Schicht (E; 0 = dicht).</translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation>Aktive Experten</translation>
    </message>
    <message>
        <source>Routed experts chosen per token (k).</source>
        <translation>Pro Token gewählte geroutete Experten (k).</translation>
    </message>
    <message>
        <source>Shared experts</source>
        <translation>Geteilte Experten</translation>
    </message>
    <message>
        <source>Experts every token uses (S).</source>
        <translation>Experten, die jedes Token nutzt (S).</translation>
    </message>
    <message>
        <source>Expert FFN width</source>
        <translation>Experten-FFN-Breite</translation>
    </message>
    <message>
        <source>MLP width of one expert (f_e).</source>
        <translation>MLP-Breite eines Experten (f_e).</translation>
    </message>
    <message>
        <source>Leading dense layers</source>
        <translation>Führende dichte Schichten</translation>
    </message>
    <message>
        <source>MoE models: leading layers with a dense MLP.</source>
        <translation>MoE-Modelle: führende Schichten mit dichtem MLP.</translation>
    </message>
    <message>
        <source>MoE layer step</source>
        <translation>MoE-Schichtabstand</translation>
    </message>
    <message>
        <source>MoE models: every k-th layer is an MoE layer, the rest dense (0 or 1 = every).</source>
        <translation>MoE-Modelle: Jede k-te Schicht ist eine MoE-Schicht, der Rest dicht (0 oder 1 = jede).</translation>
    </message>
    <message>
        <source>MLA latent width</source>
        <translation>MLA-Latent-Breite</translation>
    </message>
    <message>
        <source>MLA: cached latent width r (0 = ordinary attention).</source>
        <translation>MLA: gecachte Latent-Breite r (0 = gewöhnliche Attention).</translation>
    </message>
    <message>
        <source>MLA query rank</source>
        <translation>MLA-Query-Rang</translation>
    </message>
    <message>
        <source>MLA: low-rank query width (0 = full rank).</source>
        <translation>MLA: Low-Rank-Query-Breite (0 = voller Rang).</translation>
    </message>
    <message>
        <source>MLA rope dim</source>
        <translation>MLA-RoPE-Dim.</translation>
    </message>
    <message>
        <source>MLA: decoupled rotary key width d_r (cached).</source>
        <translation>MLA: entkoppelte Rotary-Key-Breite d_r (gecacht).</translation>
    </message>
    <message>
        <source>MLA nope dim</source>
        <translation>MLA-NoPE-Dim.</translation>
    </message>
    <message>
        <source>MLA: per-head key width without rotary embedding.</source>
        <translation>MLA: Key-Breite pro Head ohne Rotary Embedding.</translation>
    </message>
    <message>
        <source>MLA value dim</source>
        <translation>MLA-Value-Dim.</translation>
    </message>
    <message>
        <source>MLA: per-head value width.</source>
        <translation>MLA: Value-Breite pro Head.</translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation>Sliding Window</translation>
    </message>
    <message>
        <source>Tokens a sliding-window layer attends to (w).</source>
        <translation>Tokens, auf die eine Sliding-Window-Schicht achtet (w).</translation>
    </message>
    <message>
        <source>Attention chunk</source>
        <translation>Attention-Chunk</translation>
    </message>
    <message>
        <source>Tokens per chunk of chunked-attention layers (Llama 4; 0 = none).</source>
        <translation>Tokens pro Chunk in Chunked-Attention-Schichten (Llama 4; 0 = keine).</translation>
    </message>
    <message>
        <source>Linear key heads</source>
        <translation>Lineare Key-Heads</translation>
    </message>
    <message>
        <source>Linear-attention layers: key heads.</source>
        <translation>Linear-Attention-Schichten: Key-Heads.</translation>
    </message>
    <message>
        <source>Linear value heads</source>
        <translation>Lineare Value-Heads</translation>
    </message>
    <message>
        <source>Linear-attention layers: value heads (h_v).</source>
        <translation>Linear-Attention-Schichten: Value-Heads (h_v).</translation>
    </message>
    <message>
        <source>Linear key dim</source>
        <translation>Lineare Key-Dim.</translation>
    </message>
    <message>
        <source>Linear-attention layers: per-head key width (d_k).</source>
        <translation>Linear-Attention-Schichten: Key-Breite pro Head (d_k).</translation>
    </message>
    <message>
        <source>Linear value dim</source>
        <translation>Lineare Value-Dim.</translation>
    </message>
    <message>
        <source>Linear-attention layers: per-head value width (d_v).</source>
        <translation>Linear-Attention-Schichten: Value-Breite pro Head (d_v).</translation>
    </message>
    <message>
        <source>Linear conv kernel</source>
        <translation>Linearer Conv-Kernel</translation>
    </message>
    <message>
        <source>Linear-attention layers: short convolution width.</source>
        <translation>Linear-Attention-Schichten: Breite der kurzen Faltung.</translation>
    </message>
    <message>
        <source>Linear state bytes</source>
        <translation>Lineare State-Bytes</translation>
    </message>
    <message>
        <source>Linear-attention layers: bytes per recurrent-state element (2 bf16, 4 fp32).</source>
        <translation>Linear-Attention-Schichten: Bytes pro Element des rekurrenten Zustands (2 bf16, 4 fp32).</translation>
    </message>
    <message>
        <source>Trained context</source>
        <translation>Trainierter Kontext</translation>
    </message>
    <message>
        <source>Context the model was trained for (0 = unknown).</source>
        <translation>Kontext, für den das Modell trainiert wurde (0 = unbekannt).</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>keine endliche Zahl</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be from %1 to %2 %3</source>
        <translation>muss zwischen %1 und %2 %3 liegen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>My presets</source>
        <translation>Meine Voreinstellungen</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>Dashboard (numbers and the four charts)</source>
        <translation>Dashboard (Zahlen und die vier Diagramme)</translation>
    </message>
    <message>
        <source>each side must be from %1 to %2</source>
        <translation>jede Seite muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>the scale must be from %1 to %2</source>
        <translation>der Maßstab muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>%1 × %2 pixels is more than a PNG export can hold (%3 pixels a side, %4 megapixels)</source>
        <translation>%1 × %2 Pixel sind mehr, als ein PNG-Export fassen kann (%3 Pixel pro Seite, %4 Megapixel)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels needs %3 for the image, more than the %4 an export may use (half of this machine&apos;s memory)</source>
        <translation>%1 × %2 Pixel benötigen %3 für das Bild, mehr als die %4, die ein Export nutzen darf (die Hälfte des Arbeitsspeichers dieses Rechners)</translation>
    </message>
    <message>
        <source>, recounted</source>
        <translation>, neu gezählt</translation>
    </message>
    <message>
        <source>, rescaled</source>
        <translation>, neu skaliert</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>%1 out</source>
        <translation>%1 Ausgabe</translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation>Batch %1</translation>
    </message>
    <message>
        <source>KV compressed ×%1</source>
        <translation>KV komprimiert ×%1</translation>
    </message>
    <message>
        <source>attention FLOP: %1</source>
        <translation>Attention-FLOP: %1</translation>
    </message>
    <message>
        <source>TP comm on</source>
        <translation>TP-Komm. an</translation>
    </message>
    <message>
        <source>TP comm off</source>
        <translation>TP-Komm. aus</translation>
    </message>
    <message>
        <source>mfu %1 mbu %2</source>
        <translation>mfu %1 mbu %2</translation>
    </message>
    <message>
        <source>HBM use %1</source>
        <translation>HBM-Nutzung %1</translation>
    </message>
    <message>
        <source>reserved %1/GPU</source>
        <translation>reserviert %1/GPU</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>1 GPU</source>
        <translation>1 GPU</translation>
    </message>
    <message>
        <source>%1 GPUs</source>
        <translation>%1 GPUs</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (benutzerdefiniert)</translation>
    </message>
    <message>
        <source>KV cache per user
(HBM size)</source>
        <translation>KV-Cache pro Nutzer
(HBM-Größe)</translation>
    </message>
    <message>
        <source>Prefill, first token
(compute)</source>
        <translation>Prefill, erstes Token
(Rechenleistung)</translation>
    </message>
    <message>
        <source>Decode per token
(HBM bandwidth)</source>
        <translation>Decode pro Token
(HBM-Bandbreite)</translation>
    </message>
    <message>
        <source>Context switch
(PCIe)</source>
        <translation>Kontextwechsel
(PCIe)</translation>
    </message>
    <message>
        <source>none closes it</source>
        <translation>keine reicht aus</translation>
    </message>
    <message>
        <source>none: at 4K cost</source>
        <translation>keine: schon auf 4K-Niveau</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>noch %1</translation>
    </message>
    <message>
        <source>Slide, 1920 × 1080</source>
        <translation>Folie, 1920 × 1080</translation>
    </message>
    <message>
        <source>4K, 3840 × 2160</source>
        <translation>4K, 3840 × 2160</translation>
    </message>
    <message>
        <source>The slide&apos;s layout at twice the pixels.</source>
        <translation>Das Folienlayout mit doppelter Pixelzahl.</translation>
    </message>
    <message>
        <source>Paper, single column (3.5 in)</source>
        <translation>Paper, einspaltig (3,5 Zoll)</translation>
    </message>
    <message>
        <source>Set 3.5 in wide, the text prints at about 7 pt.</source>
        <translation>Auf 3,5 Zoll Breite gesetzt, der Text wird mit etwa 7 pt gedruckt.</translation>
    </message>
    <message>
        <source>Paper, double column (7.16 in)</source>
        <translation>Paper, zweispaltig (7,16 Zoll)</translation>
    </message>
    <message>
        <source>Set 7.16 in wide, the text prints at about 8 pt.</source>
        <translation>Auf 7,16 Zoll Breite gesetzt, der Text wird mit etwa 8 pt gedruckt.</translation>
    </message>
    <message>
        <source>KV cache per user: what one user&apos;s context occupies in HBM</source>
        <translation>KV-Cache pro Nutzer: was der Kontext eines Nutzers im HBM belegt</translation>
    </message>
    <message>
        <source>per layer and token: %1</source>
        <translation>pro Schicht und Token: %1</translation>
    </message>
    <message>
        <source>= L × per layer × n / compression = %1 × per layer × %2 / %3</source>
        <translation>= L × pro Schicht × n / Kompression = %1 × pro Schicht × %2 / %3</translation>
    </message>
    <message>
        <source>= per layer × (L_full × n + L_window × min(n, w)) / compression</source>
        <translation>= pro Schicht × (L_full × n + L_window × min(n, w)) / Kompression</translation>
    </message>
    <message>
        <source>= per layer × (%1 × %2 + %3 × min(%2, %4)) / %5</source>
        <translation>= pro Schicht × (%1 × %2 + %3 × min(%2, %4)) / %5</translation>
    </message>
    <message>
        <source>= %1 (%2 per token before compression)</source>
        <translation>= %1 (%2 pro Token vor der Kompression)</translation>
    </message>
    <message>
        <source>Concurrency: users whose KV caches fit beside the weights</source>
        <translation>Gleichzeitigkeit: Nutzer, deren KV-Caches neben die Gewichte passen</translation>
    </message>
    <message>
        <source>= ⌊(G × HBM × u − G × reserve − N × b_w) / KV per user⌋</source>
        <translation>= ⌊(G × HBM × u − G × Reserve − N × b_w) / KV pro Nutzer⌋</translation>
    </message>
    <message>
        <source>= ⌊(%1 × %2 × %3 − %1 × %4 − %5 × %6) / %7⌋</source>
        <translation>= ⌊(%1 × %2 × %3 − %1 × %4 − %5 × %6) / %7⌋</translation>
    </message>
    <message>
        <source>The weights (%1) exceed the usable HBM left after the reserve (%2): does not fit, 0 users</source>
        <translation>Die Gewichte (%1) übersteigen das nach der Reserve nutzbare HBM (%2): passt nicht, 0 Nutzer</translation>
    </message>
    <message>
        <source>= ⌊%1 / %2⌋ = ⌊%3⌋ = %4</source>
        <translation>= ⌊%1 / %2⌋ = ⌊%3⌋ = %4</translation>
    </message>
    <message>
        <source>Prefill (time to first token), the roofline of compute and one weight read:</source>
        <translation>Prefill (Zeit bis zum ersten Token), die Roofline aus Rechenleistung und einmaligem Lesen der Gewichte:</translation>
    </message>
    <message>
        <source>= max(FLOP / (G × F × mfu), N × b_w / (G × BW × mbu)) + t_comm</source>
        <translation>= max(FLOP / (G × F × mfu), N × b_w / (G × BW × mbu)) + t_comm</translation>
    </message>
    <message>
        <source>attention N × n² / (12 d) = %1 × %2² / (12 × %3)</source>
        <translation>Attention N × n² / (12 d) = %1 × %2² / (12 × %3)</translation>
    </message>
    <message>
        <source>attention over the full n × n square</source>
        <translation>Attention über das volle n × n-Quadrat</translation>
    </message>
    <message>
        <source>causal attention over the keys each query sees</source>
        <translation>kausale Attention über die Keys, die jede Query sieht</translation>
    </message>
    <message>
        <source>2 × N_active × n</source>
        <translation>2 × N_active × n</translation>
    </message>
    <message>
        <source>2 × (N_active − embedding) × n</source>
        <translation>2 × (N_active − Embedding) × n</translation>
    </message>
    <message>
        <source>2 × (N_active − embedding − LM head) × n + 2 × LM head</source>
        <translation>2 × (N_active − Embedding − LM-Head) × n + 2 × LM-Head</translation>
    </message>
    <message>
        <source>FLOP = %1 + %2</source>
        <translation>FLOP = %1 + %2</translation>
    </message>
    <message>
        <source>     = %1 + %2 = %3</source>
        <translation>     = %1 + %2 = %3</translation>
    </message>
    <message>
        <source>= max(%1 / (%2 × %3 × %4), %5 / (%2 × %6 × %7)) + %8</source>
        <translation>= max(%1 / (%2 × %3 × %4), %5 / (%2 × %6 × %7)) + %8</translation>
    </message>
    <message>
        <source>= max(%1, %2) + %3 = %4, %5 bound</source>
        <translation>= max(%1, %2) + %3 = %4, Engpass: %5</translation>
    </message>
    <message>
        <source>Decode time per token: each step reads all weights and every user&apos;s KV cache</source>
        <translation>Decode-Zeit pro Token: Jeder Schritt liest alle Gewichte und den KV-Cache jedes Nutzers</translation>
    </message>
    <message>
        <source>t_step(c) = max((W_read + B × KV(c)) / (G × BW × mbu), B × 2 × N_active / (G × F × mfu)) + t_comm</source>
        <translation>t_step(c) = max((W_read + B × KV(c)) / (G × BW × mbu), B × 2 × N_active / (G × F × mfu)) + t_comm</translation>
    </message>
    <message>
        <source>= (%1 + B × KV) / (%2 × %3 × %4) per step, B = %5, KV(%6) = %7</source>
        <translation>= (%1 + B × KV) / (%2 × %3 × %4) pro Schritt, B = %5, KV(%6) = %7</translation>
    </message>
    <message>
        <source>averaged over m = %1 steps: weight read %2 + KV read %3 + compute %4 + communication %5</source>
        <translation>gemittelt über m = %1 Schritte: Gewichte lesen %2 + KV lesen %3 + Rechnen %4 + Kommunikation %5</translation>
    </message>
    <message>
        <source>= %1 per token, %2 bound</source>
        <translation>= %1 pro Token, Engpass: %2</translation>
    </message>
    <message>
        <source>Decoding m tokens: the sum of the steps as the context grows</source>
        <translation>Decoding von m Tokens: die Summe der Schritte bei wachsendem Kontext</translation>
    </message>
    <message>
        <source>= Σ t_step(n + j), j = 0 … m − 1, with n = %1, m = %2</source>
        <translation>= Σ t_step(n + j), j = 0 … m − 1, mit n = %1, m = %2</translation>
    </message>
    <message>
        <source>= %1 steps × %2 = %3</source>
        <translation>= %1 Schritte × %2 = %3</translation>
    </message>
    <message>
        <source>throughput B × m / time = %1 tokens/s</source>
        <translation>Durchsatz B × m / Zeit = %1 Tokens/s</translation>
    </message>
    <message>
        <source>Context switch: one user&apos;s KV cache out to host memory, the next one in</source>
        <translation>Kontextwechsel: den KV-Cache eines Nutzers in den Host-Speicher auslagern, den nächsten einlagern</translation>
    </message>
    <message>
        <source>= 2 × KV per user / (G × PCIe)</source>
        <translation>= 2 × KV pro Nutzer / (G × PCIe)</translation>
    </message>
    <message>
        <source>= 2 × %1 / (%2 × %3) = %4</source>
        <translation>= 2 × %1 / (%2 × %3) = %4</translation>
    </message>
    <message>
        <source>host memory %1 parks %2</source>
        <translation>Host-Speicher %1 nimmt %2 auf</translation>
    </message>
    <message>
        <source>No GPU-hour price for %1: set one in the hardware editor (Library) or with --gpu-hour-usd.</source>
        <translation>Kein GPU-Stundenpreis für %1: im Hardware-Editor (Bibliothek) oder mit --gpu-hour-usd festlegen.</translation>
    </message>
    <message>
        <source>Cost at %1 per GPU-hour (on-demand list price; source in the hardware preset)</source>
        <translation>Kosten bei %1 pro GPU-Stunde (On-Demand-Listenpreis; Quelle in der Hardware-Voreinstellung)</translation>
    </message>
    <message>
        <source>input: G × price/s × prefill / n × 10⁶</source>
        <translation>Eingabe: G × Preis/s × Prefill / n × 10⁶</translation>
    </message>
    <message>
        <source>= %1 × %2/3600 × %3 / %4 × 10⁶ = %5 per million input tokens</source>
        <translation>= %1 × %2/3600 × %3 / %4 × 10⁶ = %5 pro Million Eingabetokens</translation>
    </message>
    <message>
        <source>output at full load (C = %1, the users the HBM holds):</source>
        <translation>Ausgabe bei Volllast (C = %1, die Nutzer, die das HBM fasst):</translation>
    </message>
    <message>
        <source>G × price/s × decode step at batch C / C × 10⁶ = %1 per million</source>
        <translation>G × Preis/s × Decode-Schritt bei Batch C / C × 10⁶ = %1 pro Million</translation>
    </message>
    <message>
        <source>none (not one user fits)</source>
        <translation>keine (kein einziger Nutzer passt)</translation>
    </message>
    <message>
        <source>deployment: %1 GPUs × %2 replicas × %3 = %4 per hour</source>
        <translation>Bereitstellung: %1 GPUs × %2 Replikate × %3 = %4 pro Stunde</translation>
    </message>
    <message>
        <source>

Expected in practice: the peak with a tuned engine&apos;s efficiency (compute 0.85 / (1 + FLOP-per-byte / 2500), less for fp8 and MoE; HBM bandwidth 50-85%; TP links 50-80% with slower collectives) plus fixed per-request and per-layer overheads, calibrated on published measurements (docs/calibration.md). Never faster than the peak, at most 2× wide.</source>
        <translation>

In der Praxis erwartet: der Spitzenwert mit der Effizienz einer abgestimmten Engine (Rechenleistung 0,85 / (1 + FLOP pro Byte / 2500), weniger bei fp8 und MoE; HBM-Bandbreite 50–85 %; TP-Verbindungen 50–80 % mit langsameren Collectives) plus feste Overheads pro Anfrage und pro Schicht, kalibriert an veröffentlichten Messungen (docs/calibration.md). Nie schneller als der Spitzenwert, höchstens 2× so breit.</translation>
    </message>
    <message>
        <source>K = 1,000 tokens</source>
        <translation>K = 1.000 Tokens</translation>
    </message>
    <message>
        <source>attention FLOP: paper, N·n²/(12d)</source>
        <translation>Attention-FLOP: Paper, N·n²/(12d)</translation>
    </message>
    <message>
        <source>attention FLOP: full n×n square</source>
        <translation>Attention-FLOP: volles n×n-Quadrat</translation>
    </message>
    <message>
        <source>attention FLOP: causal count</source>
        <translation>Attention-FLOP: kausale Zählung</translation>
    </message>
    <message>
        <source>TP communication on</source>
        <translation>TP-Kommunikation an</translation>
    </message>
    <message>
        <source>TP communication off</source>
        <translation>TP-Kommunikation aus</translation>
    </message>
    <message>
        <source>theoretical peak (mfu 1, mbu 1)</source>
        <translation>theoretischer Spitzenwert (mfu 1, mbu 1)</translation>
    </message>
    <message>
        <source>mfu %1, mbu %2</source>
        <translation>mfu %1, mbu %2</translation>
    </message>
    <message>
        <source>counted as %1 params</source>
        <translation>gezählt als %1 Parameter</translation>
    </message>
    <message>
        <source>architecture rescaled to the model size</source>
        <translation>Architektur auf die Modellgröße skaliert</translation>
    </message>
    <message>
        <source>weights %1, KV %2</source>
        <translation>Gewichte %1, KV %2</translation>
    </message>
    <message>
        <source>bytes in GiB (2³⁰)</source>
        <translation>Bytes in GiB (2³⁰)</translation>
    </message>
    <message>
        <source>bytes in GB (10⁹)</source>
        <translation>Bytes in GB (10⁹)</translation>
    </message>
    <message>
        <source>compute bound</source>
        <translation>rechengebunden</translation>
    </message>
    <message>
        <source>memory bound</source>
        <translation>speichergebunden</translation>
    </message>
    <message>
        <source>compute bound (FLOP/s)</source>
        <translation>rechengebunden (FLOP/s)</translation>
    </message>
    <message>
        <source>memory bound (HBM bandwidth)</source>
        <translation>speichergebunden (HBM-Bandbreite)</translation>
    </message>
    <message>
        <source>— vs %1</source>
        <translation>— vs. %1</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>%1 GPUs: %2 × TP%3</source>
        <translation>%1 GPUs: %2 × TP%3</translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 bf16 · ridge %4 FLOP/B</source>
        <translation>%1 · %2 · %3 bf16 · Ridge %4 FLOP/B</translation>
    </message>
    <message>
        <source>%1 params · %2 layers · KV %3/token (bf16)</source>
        <translation>%1 Parameter · %2 Schichten · KV %3/Token (bf16)</translation>
    </message>
    <message>
        <source>%1 on %2 × %3 · %4 tokens</source>
        <translation>%1 auf %2 × %3 · %4 Tokens</translation>
    </message>
    <message>
        <source>1 user</source>
        <translation>1 Nutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>min %1 · median %2 · max %3</source>
        <translation>min. %1 · Median %2 · max. %3</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>Swap out to host</source>
        <translation>Auslagern zum Host</translation>
    </message>
    <message>
        <source>Swap in from host</source>
        <translation>Einlagern vom Host</translation>
    </message>
    <message>
        <source>Waiting for HBM</source>
        <translation>Warten auf HBM</translation>
    </message>
    <message>
        <source>compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>HBM bandwidth</source>
        <translation>HBM-Bandbreite</translation>
    </message>
    <message>
        <source>PCIe</source>
        <translation>PCIe</translation>
    </message>
    <message>
        <source>HBM size</source>
        <translation>HBM-Größe</translation>
    </message>
    <message>
        <source>%1 (modified)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>1 replica</source>
        <translation>1 Replikat</translation>
    </message>
    <message>
        <source>%1 replicas</source>
        <translation>%1 Replikate</translation>
    </message>
    <message>
        <source>KV uncompressed</source>
        <translation>KV unkomprimiert</translation>
    </message>
    <message>
        <source>%1 params</source>
        <translation>%1 Parameter</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>Comparison: %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>All columns: %1</source>
        <translation>Alle Spalten: %1</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG (vector)</source>
        <translation>SVG (Vektor)</translation>
    </message>
    <message>
        <source>PDF (vector)</source>
        <translation>PDF (Vektor)</translation>
    </message>
    <message>
        <source>CSV (the metrics table)</source>
        <translation>CSV (die Tabelle der Kennzahlen)</translation>
    </message>
    <message>
        <source>CSV (the plotted data)</source>
        <translation>CSV (die gezeichneten Daten)</translation>
    </message>
    <message>
        <source>Markdown (the metrics table)</source>
        <translation>Markdown (die Tabelle der Kennzahlen)</translation>
    </message>
</context>
<context>
    <name>ScenarioNotes</name>
    <message>
        <source>%1 of %2 layers attend within chunks of %3 tokens: a user holds up to one whole chunk of KV on each</source>
        <translation>%1 von %2 Schichten wirken innerhalb von Blöcken zu %3 Tokens: ein Nutzer hält auf jeder bis zu einen ganzen Block KV</translation>
    </message>
    <message>
        <source>%1 of %2 layers are linear attention: a constant state of %3 per user, no KV growth</source>
        <translation>%1 von %2 Schichten sind lineare Attention: ein fester Zustand von %3 pro Nutzer, kein KV-Wachstum</translation>
    </message>
    <message>
        <source>one MLA latent</source>
        <translation>ein MLA-Latent</translation>
    </message>
    <message>
        <source>%1 KV heads</source>
        <translation>%1 KV-Heads</translation>
    </message>
    <message>
        <source>KV heads replicated: %1 GPUs share %2, so each is held %3 times and KV per user is x%3</source>
        <translation>KV-Heads repliziert: %1 GPUs teilen sich %2, jeder liegt also %3-mal vor und der KV-Cache pro Nutzer ist x%3</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>%1 user</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
</context>
<context>
    <name>kvscope::app::HelpMenu</name>
    <message>
        <source>&lt;h3&gt;kvscope %1&lt;/h3&gt;&lt;p&gt;Explore what it costs to serve long-context transformers: concurrency, prefill, decode and context switching, as a closed-form cost model you can drag.&lt;/p&gt;&lt;p&gt;Built on Yao Fu, &lt;i&gt;Challenges in Deploying Long-Context Transformers: A Theoretical Peak Performance Analysis&lt;/i&gt;, &lt;a href=&quot;https://arxiv.org/abs/2405.08944&quot;&gt;arXiv:2405.08944&lt;/a&gt;, 2024.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). kvscope comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;&lt;p&gt;Documentation: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;kvscope %1&lt;/h3&gt;&lt;p&gt;Erkunden Sie, was das Serving von Transformern mit langem Kontext kostet: Gleichzeitigkeit, Prefill, Decode und Kontextwechsel, als geschlossenes Kostenmodell, an dessen Reglern Sie ziehen können.&lt;/p&gt;&lt;p&gt;Basiert auf Yao Fu, &lt;i&gt;Challenges in Deploying Long-Context Transformers: A Theoretical Peak Performance Analysis&lt;/i&gt;, &lt;a href=&quot;https://arxiv.org/abs/2405.08944&quot;&gt;arXiv:2405.08944&lt;/a&gt;, 2024.&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). kvscope wird OHNE JEGLICHE GEWÄHRLEISTUNG bereitgestellt.&lt;/p&gt;&lt;p&gt;Dokumentation: &lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>kvscope &amp;Handbook</source>
        <translation>kvscope-&amp;Handbuch</translation>
    </message>
    <message>
        <source>&amp;About kvscope</source>
        <translation>&amp;Über kvscope</translation>
    </message>
    <message>
        <source>About kvscope</source>
        <translation>Über kvscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>kvscope::app::MainWindow</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Session timeline</source>
        <translation>Sitzungszeitleiste</translation>
    </message>
    <message>
        <source>Compression &amp;&amp; attention</source>
        <translation>Kompression &amp;&amp; Attention</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>The fewest GPUs that hold the users and meet the TTFT and TPOT targets (Ctrl+4)</source>
        <translation>Die wenigsten GPUs, die die Nutzer aufnehmen und die TTFT- und TPOT-Ziele erreichen (Strg+4)</translation>
    </message>
    <message>
        <source>Tab: next control · ←/→ PgUp/PgDn: move slider · F5: presentation · Ctrl+1-4: pages · Ctrl+Z: undo</source>
        <translation>Tab: nächstes Element · ←/→ Bild↑/Bild↓: Regler bewegen · F5: Präsentation · Strg+1–4: Seiten · Strg+Z: Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Paper&apos;s example</source>
        <translation>&amp;Beispiel aus dem Paper</translation>
    </message>
    <message>
        <source>Reset to the paper&apos;s running example: 34B at 50K on one A100 80GB (Ctrl+R, undoable)</source>
        <translation>Auf das durchgehende Beispiel des Papers zurücksetzen: 34B bei 50K auf einer A100 80GB (Strg+R, rückgängig machbar)</translation>
    </message>
    <message>
        <source>P&amp;resentation mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>Full screen, larger type, thicker lines, full contrast (F5; Esc leaves)</source>
        <translation>Vollbild, größere Schrift, dickere Linien, voller Kontrast (F5; Esc beendet)</translation>
    </message>
    <message>
        <source>Bytes in Gi&amp;B (2³⁰)</source>
        <translation>Bytes in G&amp;iB (2³⁰)</translation>
    </message>
    <message>
        <source>Bytes in &amp;GB (10⁹)</source>
        <translation>Bytes in &amp;GB (10⁹)</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>&amp;System folgen</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Explorer</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>%1 on %2 — kvscope</source>
        <translation>%1 auf %2 — kvscope</translation>
    </message>
    <message>
        <source>Reset to the paper&apos;s example</source>
        <translation>Auf das Beispiel des Papers zurücksetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Controls</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>&amp;Control panel</source>
        <translation>&amp;Reglerleiste</translation>
    </message>
    <message>
        <source>Show or fold the control panel beside the charts (F9)</source>
        <translation>Reglerleiste neben den Diagrammen zeigen oder einklappen (F9)</translation>
    </message>
    <message>
        <source>Guided &amp;tour of the paper</source>
        <translation>&amp;Geführter Rundgang durch das Paper</translation>
    </message>
    <message>
        <source>The paper&apos;s argument in nine scenes: → or PgDn next, ← or PgUp back, Esc ends and brings your scenario back (F6)</source>
        <translation>Das Argument des Papers in neun Szenen: → oder Bild↓ weiter, ← oder Bild↑ zurück, Esc beendet und stellt Ihr Szenario wieder her (F6)</translation>
    </message>
    <message>
        <source>Tour from &amp;file…</source>
        <translation>Rundgang aus &amp;Datei…</translation>
    </message>
    <message>
        <source>Play a tour written as a JSON file (docs/tours.md)</source>
        <translation>Einen als JSON-Datei geschriebenen Rundgang abspielen (docs/tours.md)</translation>
    </message>
    <message>
        <source>Play a tour</source>
        <translation>Rundgang abspielen</translation>
    </message>
    <message>
        <source>Tours (*.json);;All files (*)</source>
        <translation>Rundgänge (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Tour not played</source>
        <translation>Rundgang nicht abgespielt</translation>
    </message>
</context>
<context>
    <name>kvscope::app::PresetFeatures</name>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Preset &amp;library</source>
        <translation>Voreinstellungs&amp;bibliothek</translation>
    </message>
    <message>
        <source>Built-in and saved presets: apply, save, import, export (Ctrl+L)</source>
        <translation>Eingebaute und gespeicherte Voreinstellungen: anwenden, speichern, importieren, exportieren (Strg+L)</translation>
    </message>
    <message>
        <source>&amp;Compare presets…</source>
        <translation>Voreinstellungen &amp;vergleichen…</translation>
    </message>
    <message>
        <source>2 to 4 scenarios or hardware side by side on the same axes (Ctrl+K)</source>
        <translation>2 bis 4 Szenarien oder Hardware nebeneinander auf denselben Achsen (Strg+K)</translation>
    </message>
    <message>
        <source>&amp;Import preset…</source>
        <translation>Voreinstellung &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a kvscope preset or a Hugging Face config.json into your presets (Ctrl+O; or drop files on the window)</source>
        <translation>Eine kvscope-Voreinstellung oder eine Hugging-Face-config.json in Ihre Voreinstellungen importieren (Strg+O; oder Dateien auf das Fenster ziehen)</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::AttentionVariantsPanel</name>
    <message>
        <source>Each variant is the model&apos;s own layers and head width with only the attention changed; the weights are held at its parameter count, so the rows differ by the KV cache alone.</source>
        <translation>Jede Variante nutzt die Schichten und die Head-Breite des Modells und ändert nur die Attention; die Gewichte bleiben bei seiner Parameterzahl, sodass sich die Zeilen allein im KV-Cache unterscheiden.</translation>
    </message>
    <message>
        <source>Attention type: %1 at %2</source>
        <translation>Attention-Typ: %1 bei %2</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Cached per layer</source>
        <translation>Gecacht pro Schicht</translation>
    </message>
    <message>
        <source>KV per token</source>
        <translation>KV pro Token</translation>
    </message>
    <message>
        <source>KV per user</source>
        <translation>KV pro Nutzer</translation>
    </message>
    <message>
        <source>Users that fit</source>
        <translation>Passende Nutzer</translation>
    </message>
    <message>
        <source>Decode per token</source>
        <translation>Decode pro Token</translation>
    </message>
    <message>
        <source>Context switch</source>
        <translation>Kontextwechsel</translation>
    </message>
    <message>
        <source> (this model)</source>
        <translation> (dieses Modell)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dense model&lt;/b&gt;: all %1 parameters are active, so one count sets the weights in HBM (memory), the prefill FLOP (compute) and the bytes each decode step reads (bandwidth).</source>
        <translation>&lt;b&gt;Dichtes Modell&lt;/b&gt;: Alle %1 Parameter sind aktiv, daher bestimmt eine Zahl die Gewichte im HBM (Speicher), die Prefill-FLOP (Rechenleistung) und die Bytes, die jeder Decode-Schritt liest (Bandbreite).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Mixture of experts&lt;/b&gt; (%1 routed experts, %2 active, %3 shared): &lt;b&gt;%4&lt;/b&gt; parameters in total, &lt;b&gt;%5&lt;/b&gt; active per token.&lt;br&gt;&lt;b&gt;Total → memory&lt;/b&gt;: all experts sit in HBM, %6 of weights, which sets what is left for KV caches and so the users that fit (%7).&lt;br&gt;&lt;b&gt;Active → compute and bandwidth&lt;/b&gt;: prefill does 2 × %5 FLOP per token; a decode step at batch %8 reads %9 of weights (the experts its users touch), not %6.</source>
        <translation>&lt;b&gt;Mixture of Experts&lt;/b&gt; (%1 geroutete Experten, %2 aktiv, %3 geteilt): &lt;b&gt;%4&lt;/b&gt; Parameter insgesamt, &lt;b&gt;%5&lt;/b&gt; aktiv pro Token.&lt;br&gt;&lt;b&gt;Gesamt → Speicher&lt;/b&gt;: Alle Experten liegen im HBM, %6 an Gewichten; das bestimmt, was für KV-Caches übrig bleibt, und damit die passenden Nutzer (%7).&lt;br&gt;&lt;b&gt;Aktiv → Rechenleistung und Bandbreite&lt;/b&gt;: Prefill rechnet 2 × %5 FLOP pro Token; ein Decode-Schritt bei Batch %8 liest %9 an Gewichten (die Experten, die seine Nutzer ansprechen), nicht %6.</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::ChartWidget</name>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation>Kontext (Tokens)</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::CompareColumnBar</name>
    <message>
        <source>The preset column %1 shows: a scenario, or hardware or a model put into the explorer&apos;s scenario</source>
        <translation>Die Voreinstellung, die Spalte %1 zeigt: ein Szenario oder Hardware bzw. ein Modell, eingesetzt in das Szenario des Explorers</translation>
    </message>
    <message>
        <source>Column %1 preset</source>
        <translation>Voreinstellung für Spalte %1</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fixieren</translation>
    </message>
    <message>
        <source>Keep this column&apos;s own value of a shared control (context, GPUs, ...)</source>
        <translation>Den eigenen Wert dieser Spalte für ein gemeinsames Steuerelement behalten (Kontext, GPUs, …)</translation>
    </message>
    <message>
        <source>Pin %1</source>
        <translation>%1 fixieren</translation>
    </message>
    <message>
        <source>Remove column %1 (a comparison keeps at least two)</source>
        <translation>Spalte %1 entfernen (ein Vergleich behält mindestens zwei)</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <source>Pinned: this column keeps its own value</source>
        <translation>Fixiert: Diese Spalte behält ihren eigenen Wert</translation>
    </message>
    <message>
        <source>Pinned %1</source>
        <translation>%1 fixiert</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::CompareTable</name>
    <message>
        <source>%1 (reference)</source>
        <translation>%1 (Referenz)</translation>
    </message>
    <message>
        <source>%1 (%2); the eval key is %3</source>
        <translation>%1 (%2); der Eval-Schlüssel ist %3</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 for %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <source>
%1 of %2&apos;s value</source>
        <translation>
%1 des Werts von %2</translation>
    </message>
    <message>
        <source>
Best in this row (%1)</source>
        <translation>
Bester Wert in dieser Zeile (%1)</translation>
    </message>
    <message>
        <source>(reference)</source>
        <translation>(Referenz)</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::CompareView</name>
    <message>
        <source>Compare — kvscope</source>
        <translation>Vergleich — kvscope</translation>
    </message>
    <message>
        <source>Applies to every column that does not pin its own “%1”</source>
        <translation>Gilt für jede Spalte, die nicht ihr eigenes „%1“ fixiert</translation>
    </message>
    <message>
        <source>Show the %1 chart for every column</source>
        <translation>Das Diagramm „%1“ für jede Spalte anzeigen</translation>
    </message>
    <message>
        <source>Log latency axis</source>
        <translation>Log. Latenzachse</translation>
    </message>
    <message>
        <source>Latency on a logarithmic time axis in every column</source>
        <translation>Latenz in jeder Spalte auf logarithmischer Zeitachse</translation>
    </message>
    <message>
        <source>&amp;Add column</source>
        <translation>Spalte &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Compare one more preset (up to %1)</source>
        <translation>Eine weitere Voreinstellung vergleichen (bis zu %1)</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Change column %1</source>
        <translation>Spalte %1 ändern</translation>
    </message>
    <message>
        <source>Add a column</source>
        <translation>Spalte hinzufügen</translation>
    </message>
    <message>
        <source>Remove column %1</source>
        <translation>Spalte %1 entfernen</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Pin %1 in column %2</source>
        <translation>%1 in Spalte %2 fixieren</translation>
    </message>
    <message>
        <source>Unpin %1 in column %2</source>
        <translation>%1 in Spalte %2 lösen</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the comparison as PNG, SVG or PDF, or its table as CSV or Markdown (Ctrl+E), as kvscope compare --out FILE does</source>
        <translation>Den Vergleich als PNG, SVG oder PDF speichern oder seine Tabelle als CSV oder Markdown (Strg+E), wie kvscope compare --out DATEI</translation>
    </message>
    <message>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>Caption naming each column&apos;s scenario (model, hardware, GPUs, context) and the conventions in force</source>
        <translation>Beschriftung mit dem Szenario jeder Spalte (Modell, Hardware, GPUs, Kontext) und den geltenden Konventionen</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::CompressionPanel</name>
    <message>
        <source>KV-cache compression: what if?</source>
        <translation>KV-Cache-Kompression: Was wäre, wenn?</translation>
    </message>
    <message>
        <source>Known techniques (one click sets their axes, the others keep their values):</source>
        <translation>Bekannte Techniken (ein Klick setzt ihre Achsen, die anderen behalten ihre Werte):</translation>
    </message>
    <message>
        <source>No compression</source>
        <translation>Keine Kompression</translation>
    </message>
    <message>
        <source>All four ratios back to ×1</source>
        <translation>Alle vier Faktoren zurück auf ×1</translation>
    </message>
    <message>
        <source>No KV compression</source>
        <translation>Keine KV-Kompression</translation>
    </message>
    <message>
        <source>Combined: &lt;b&gt;%1&lt;/b&gt; = %2 × %3 × %4 × %5 (layer × head × token × hidden)</source>
        <translation>Kombiniert: &lt;b&gt;%1&lt;/b&gt; = %2 × %3 × %4 × %5 (Schicht × Head × Token × Hidden)</translation>
    </message>
    <message>
        <source>Sets %1</source>
        <translation>Setzt %1</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::ConcurrencyChart</name>
    <message>
        <source>Concurrency ceiling</source>
        <translation>Gleichzeitigkeitsgrenze</translation>
    </message>
    <message>
        <source>Context length (tokens, K = 1,000)</source>
        <translation>Kontextlänge (Tokens, K = 1.000)</translation>
    </message>
    <message>
        <source>Users that fit in HBM</source>
        <translation>Nutzer, die ins HBM passen</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>%1, this setting</source>
        <translation>%1, diese Einstellung</translation>
    </message>
    <message>
        <source>At %1 tokens, users that fit:</source>
        <translation>Bei %1 Tokens passende Nutzer:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (this setting)</source>
        <translation> (diese Einstellung)</translation>
    </message>
    <message>
        <source>Users in HBM</source>
        <translation>Nutzer im HBM</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::ControlPanel</name>
    <message>
        <source>Model preset: its published architecture</source>
        <translation>Modell-Voreinstellung: die veröffentlichte Architektur</translation>
    </message>
    <message>
        <source>Hardware preset: HBM per GPU starts at its capacity</source>
        <translation>Hardware-Voreinstellung: HBM pro GPU beginnt bei ihrer Kapazität</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>KV-Cache</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Konventionen</translation>
    </message>
    <message>
        <source>Attention FLOP</source>
        <translation>Attention-FLOP</translation>
    </message>
    <message>
        <source>causal count</source>
        <translation>kausale Zählung</translation>
    </message>
    <message>
        <source>paper: N·n²/(12d)</source>
        <translation>Paper: N·n²/(12d)</translation>
    </message>
    <message>
        <source>full n×n square</source>
        <translation>volles n×n-Quadrat</translation>
    </message>
    <message>
        <source>TP communication (2 all-reduces per layer)</source>
        <translation>TP-Kommunikation (2 All-Reduces pro Schicht)</translation>
    </message>
    <message>
        <source>The paper treats tensor parallelism as free; every other scenario adds the all-reduce time (cost-model.md §4.7).</source>
        <translation>Das Paper behandelt Tensor-Parallelität als kostenlos; jedes andere Szenario addiert die All-Reduce-Zeit (cost-model.md §4.7).</translation>
    </message>
    <message>
        <source>KV-cache compression</source>
        <translation>KV-Cache-Kompression</translation>
    </message>
    <message>
        <source>cannot split the %1 attention heads evenly; valid: </source>
        <translation>die %1 Attention-Heads lassen sich nicht gleichmäßig aufteilen; gültig: </translation>
    </message>
    <message>
        <source>%1 layers · hidden %2 · %3 heads (%4 KV) · head dim %5</source>
        <translation>%1 Schichten · Hidden %2 · %3 Heads (%4 KV) · Head-Dim. %5</translation>
    </message>
    <message>
        <source> · %1 experts, %2 active</source>
        <translation> · %1 Experten, %2 aktiv</translation>
    </message>
    <message>
        <source>%1 as published, counted as %2</source>
        <translation>%1 wie veröffentlicht, gezählt als %2</translation>
    </message>
    <message>
        <source>K = 1,000 tokens</source>
        <translation>K = 1.000 Tokens</translation>
    </message>
    <message>
        <source> · beyond the %1 it was trained for</source>
        <translation> · über die %1 hinaus, für die es trainiert wurde</translation>
    </message>
    <message>
        <source> · trained for %1</source>
        <translation> · trainiert für %1</translation>
    </message>
    <message>
        <source>%1 HBM in total, one tensor-parallel group</source>
        <translation>%1 HBM insgesamt, eine Tensor-Parallel-Gruppe</translation>
    </message>
    <message>
        <source>= %1 = %2 per GPU</source>
        <translation>= %1 = %2 pro GPU</translation>
    </message>
    <message>
        <source>Hard&amp;ware</source>
        <translation>Hard&amp;ware</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::DistancePanel</name>
    <message>
        <source>How far is %1 from 4K?</source>
        <translation>Wie weit ist %1 von 4K entfernt?</translation>
    </message>
    <message>
        <source>Metric
(bound by)</source>
        <translation>Metrik
(begrenzt durch)</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>At 4K,
uncompressed</source>
        <translation>Bei 4K,
unkomprimiert</translation>
    </message>
    <message>
        <source>Times
worse</source>
        <translation>Faktor
schlechter</translation>
    </message>
    <message>
        <source>KV compression
still needed</source>
        <translation>KV-Kompression
noch nötig</translation>
    </message>
    <message>
        <source>Users that fit: &lt;b&gt;%1&lt;/b&gt; at %2 (KV compressed %3) against &lt;b&gt;%4&lt;/b&gt; at 4K.</source>
        <translation>Passende Nutzer: &lt;b&gt;%1&lt;/b&gt; bei %2 (KV komprimiert %3) gegenüber &lt;b&gt;%4&lt;/b&gt; bei 4K.</translation>
    </message>
    <message>
        <source>As small a KV cache as at 4K takes &lt;b&gt;%1&lt;/b&gt; in all: %2 applied, %3 to go.</source>
        <translation>Ein so kleiner KV-Cache wie bei 4K erfordert insgesamt &lt;b&gt;%1&lt;/b&gt;: %2 angewendet, %3 fehlen noch.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Compressing the KV cache does not remove the quadratic prefill cost&lt;/b&gt;: attention FLOP grow with n² whatever the four ratios, so prefill stays %1 of 4K here.</source>
        <translation>&lt;b&gt;Die Kompression des KV-Cache beseitigt nicht die quadratischen Prefill-Kosten&lt;/b&gt;: Attention-FLOP wachsen mit n², unabhängig von den vier Faktoren, daher bleibt Prefill hier bei %1 des 4K-Werts.</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export a chart or the dashboard as PNG, SVG, PDF or CSV (Ctrl+E)</source>
        <translation>Ein Diagramm oder das Dashboard als PNG, SVG, PDF oder CSV exportieren (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;Copy chart as image</source>
        <translation>Diagramm als Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy chart</source>
        <translation>Diagramm kopieren</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>PNG pixels per point of the layout: 2 for a high-DPI screen</source>
        <translation>PNG-Pixel pro Punkt des Layouts: 2 für einen High-DPI-Bildschirm</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Transparent background (PNG, SVG)</source>
        <translation>Transparenter Hintergrund (PNG, SVG)</translation>
    </message>
    <message>
        <source>Caption naming the scenario (model, hardware, GPUs, context, dtypes, conventions)</source>
        <translation>Beschriftung mit dem Szenario (Modell, Hardware, GPUs, Kontext, Datentypen, Konventionen)</translation>
    </message>
    <message>
        <source>Current (as the window shows it)</source>
        <translation>Aktuell (wie im Fenster)</translation>
    </message>
    <message>
        <source>Light, for print</source>
        <translation>Hell, für den Druck</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>F&amp;ile</source>
        <translation>Da&amp;tei</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PNG %1 × %2 px (%3 × %4 in at 300 dpi); SVG and PDF %5 × %6 pt.</source>
        <translation>PNG %1 × %2 px (%3 × %4 Zoll bei 300 dpi); SVG und PDF %5 × %6 pt.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>choose a file to export to</source>
        <translation>Zieldatei für den Export wählen</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Natural size, %1 × %2</source>
        <translation>Natürliche Größe, %1 × %2</translation>
    </message>
    <message>
        <source>The size the figure is drawn at unless told otherwise.</source>
        <translation>Die Größe, in der die Abbildung ohne andere Angabe gezeichnet wird.</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::HardwareEditor</name>
    <message>
        <source>Custom hardware — kvscope</source>
        <translation>Eigene Hardware — kvscope</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>The name shown in the library; the file id is made from it</source>
        <translation>Der in der Bibliothek angezeigte Name; daraus wird die Datei-ID gebildet</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Where the figures come from</source>
        <translation>Woher die Zahlen stammen</translation>
    </message>
    <message>
        <source>%1 From %2 to %3 %4.</source>
        <translation>%1 Von %2 bis %3 %4.</translation>
    </message>
    <message>
        <source>bf16 compute ÷ HBM bandwidth: an operation doing fewer FLOP per byte it reads is memory bound on this chip</source>
        <translation>bf16-Rechenleistung ÷ HBM-Bandbreite: Eine Operation mit weniger FLOP pro gelesenem Byte ist auf diesem Chip speichergebunden</translation>
    </message>
    <message>
        <source>Name: empty; give the hardware a name</source>
        <translation>Name: leer; geben Sie der Hardware einen Namen</translation>
    </message>
    <message>
        <source>%1 = %2: %3</source>
        <translation>%1 = %2: %3</translation>
    </message>
    <message>
        <source>Ridge point: %1 FLOP per byte (bf16)</source>
        <translation>Ridge-Point: %1 FLOP pro Byte (bf16)</translation>
    </message>
    <message>
        <source>Ridge point: —</source>
        <translation>Ridge-Point: —</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Zahl</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::LatencyChart</name>
    <message>
        <source>Latency: prefill and decode</source>
        <translation>Latenz: Prefill und Decode</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Log scale</source>
        <translation>Log. Skala</translation>
    </message>
    <message>
        <source>Logarithmic time axis: prefill grows quadratically with context</source>
        <translation>Logarithmische Zeitachse: Prefill wächst quadratisch mit dem Kontext</translation>
    </message>
    <message>
        <source>Context length (tokens)</source>
        <translation>Kontextlänge (Tokens)</translation>
    </message>
    <message>
        <source>Linear layers</source>
        <translation>Lineare Schichten</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>TP communication</source>
        <translation>TP-Kommunikation</translation>
    </message>
    <message>
        <source>Weight read</source>
        <translation>Gewichte lesen</translation>
    </message>
    <message>
        <source>KV read</source>
        <translation>KV lesen</translation>
    </message>
    <message>
        <source>Compute beyond reads</source>
        <translation>Rechnen über Lesen hinaus</translation>
    </message>
    <message>
        <source>Expected in practice</source>
        <translation>In der Praxis erwartet</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>%1 → %2 bound</source>
        <translation>Engpass: %1 → %2</translation>
    </message>
    <message>
        <source>Prefill (time to first token): %1</source>
        <translation>Prefill (Zeit bis zum ersten Token): %1</translation>
    </message>
    <message>
        <source>Prefill: %1</source>
        <translation>Prefill: %1</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>Decode per token: %1</source>
        <translation>Decode pro Token: %1</translation>
    </message>
    <message>
        <source>Decode/token: %1</source>
        <translation>Decode/Token: %1</translation>
    </message>
    <message>
        <source>Decode: %1</source>
        <translation>Decode: %1</translation>
    </message>
    <message>
        <source>Decode</source>
        <translation>Decode</translation>
    </message>
    <message>
        <source>Measured: none published for this model and hardware</source>
        <translation>Gemessen: nichts veröffentlicht für Modell und Hardware</translation>
    </message>
    <message>
        <source>Measured: 1 published point</source>
        <translation>Gemessen: 1 veröffentlichter Punkt</translation>
    </message>
    <message>
        <source>Measured: %1 published points</source>
        <translation>Gemessen: %1 veröffentlichte Punkte</translation>
    </message>
    <message>
        <source>At %1 tokens: prefill %2, %3</source>
        <translation>Bei %1 Tokens: Prefill %2, %3</translation>
    </message>
    <message>
        <source>Linear layers: %1</source>
        <translation>Lineare Schichten: %1</translation>
    </message>
    <message>
        <source>Attention: %1</source>
        <translation>Attention: %1</translation>
    </message>
    <message>
        <source>TP communication: %1</source>
        <translation>TP-Kommunikation: %1</translation>
    </message>
    <message>
        <source>Expected in practice: %1</source>
        <translation>In der Praxis erwartet: %1</translation>
    </message>
    <message>
        <source>At %1 tokens: decode %2 per token, %3</source>
        <translation>Bei %1 Tokens: Decode %2 pro Token, %3</translation>
    </message>
    <message>
        <source>Weight read: %1</source>
        <translation>Gewichte lesen: %1</translation>
    </message>
    <message>
        <source>KV read: %1</source>
        <translation>KV lesen: %1</translation>
    </message>
    <message>
        <source>Compute beyond reads: %1</source>
        <translation>Rechnen über Lesen hinaus: %1</translation>
    </message>
    <message>
        <source>Measured %1: %2 on %3 x %4, %5, batch %6 (%7)</source>
        <translation>Gemessen %1: %2 auf %3 x %4, %5, Batch %6 (%7)</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::MemoryChart</name>
    <message>
        <source>HBM occupancy</source>
        <translation>HBM-Belegung</translation>
    </message>
    <message>
        <source>Context length (tokens, K = 1,000)</source>
        <translation>Kontextlänge (Tokens, K = 1.000)</translation>
    </message>
    <message>
        <source>HBM</source>
        <translation>HBM</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>KV cache of resident users</source>
        <translation>KV-Cache residenter Nutzer</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <source>Held back (utilisation)</source>
        <translation>Zurückgehalten (Auslastung)</translation>
    </message>
    <message>
        <source>HBM capacity</source>
        <translation>HBM-Kapazität</translation>
    </message>
    <message>
        <source>now, at %1</source>
        <translation>jetzt, bei %1</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>reserved</source>
        <translation>reserviert</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Nutzer %1</translation>
    </message>
    <message>
        <source>users %1–%2</source>
        <translation>Nutzer %1–%2</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>held back</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <source>HBM capacity %1</source>
        <translation>HBM-Kapazität %1</translation>
    </message>
    <message>
        <source>HBM capacity %1 = %2 × %3</source>
        <translation>HBM-Kapazität %1 = %2 × %3</translation>
    </message>
    <message>
        <source>Does not fit:
weights %1
&gt; usable HBM %2</source>
        <translation>Passt nicht:
Gewichte %1
&gt; nutzbares HBM %2</translation>
    </message>
    <message>
        <source>At %1 tokens: %2
%3</source>
        <translation>Bei %1 Tokens: %2
%3</translation>
    </message>
    <message>
        <source> = %1 × %2 KV cache per user</source>
        <translation> = %1 × %2 KV-Cache pro Nutzer</translation>
    </message>
    <message>
        <source>At %1 tokens</source>
        <translation>Bei %1 Tokens</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>Reserved: %1</source>
        <translation>Reserviert: %1</translation>
    </message>
    <message>
        <source>KV cache of resident users: %1 = %2 × %3</source>
        <translation>KV-Cache residenter Nutzer: %1 = %2 × %3</translation>
    </message>
    <message>
        <source>Free: %1</source>
        <translation>Frei: %1</translation>
    </message>
    <message>
        <source>Held back by memory utilisation: %1</source>
        <translation>Durch Speicherauslastung zurückgehalten: %1</translation>
    </message>
    <message>
        <source>HBM capacity: %1</source>
        <translation>HBM-Kapazität: %1</translation>
    </message>
    <message>
        <source>The weights alone do not fit.</source>
        <translation>Die Gewichte allein passen nicht.</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::MetricsStrip</name>
    <message>
        <source>%1 expected</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>%1 with %2 replicas</source>
        <translation>%1 mit %2 Replikaten</translation>
    </message>
    <message>
        <source>KV cache per user</source>
        <translation>KV-Cache pro Nutzer</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Gleichzeitigkeit</translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation>passt nicht</translation>
    </message>
    <message>
        <source>%1 bound</source>
        <translation>Engpass: %1</translation>
    </message>
    <message>
        <source>Prefill peak (TTFT)</source>
        <translation>Prefill-Spitze (TTFT)</translation>
    </message>
    <message>
        <source>Decode/token peak</source>
        <translation>Decode/Token-Spitze</translation>
    </message>
    <message>
        <source>Decode %1 tokens</source>
        <translation>Decode %1 Tokens</translation>
    </message>
    <message>
        <source>%1 tok/s</source>
        <translation>%1 Tok./s</translation>
    </message>
    <message>
        <source>Context switch</source>
        <translation>Kontextwechsel</translation>
    </message>
    <message>
        <source>over PCIe</source>
        <translation>über PCIe</translation>
    </message>
    <message>
        <source>PCIe</source>
        <translation>PCIe</translation>
    </message>
    <message>
        <source>none fit</source>
        <translation>keiner passt</translation>
    </message>
    <message>
        <source>%1/h, 1 GPU</source>
        <translation>%1/h, 1 GPU</translation>
    </message>
    <message>
        <source>%1/h, %2 GPUs</source>
        <translation>%1/h, %2 GPUs</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>Cost per M output</source>
        <translation>Kosten pro M Ausgabe</translation>
    </message>
    <message>
        <source>%1 per M input</source>
        <translation>%1 pro M Eingabe</translation>
    </message>
    <message>
        <source>peak</source>
        <translation>Spitzenwert</translation>
    </message>
    <message>
        <source>price (Cost section)</source>
        <translation>Preis (Abschnitt Kosten)</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
    <message>
        <source>set a GPU-hour</source>
        <translation>GPU-Stundenpreis setzen</translation>
    </message>
    <message>
        <source>Conventions: %1</source>
        <translation>Konventionen: %1</translation>
    </message>
    <message>
        <source>Notes (%1): %2</source>
        <translation>Hinweise (%1): %2</translation>
    </message>
    <message>
        <source>host memory %1 &lt; one user&apos;s %2</source>
        <translation>Hostspeicher %1 &lt; %2 eines Nutzers</translation>
    </message>
    <message>
        <source>host memory too small</source>
        <translation>Hostspeicher zu klein</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>kein Platz</translation>
    </message>
    <message>
        <source>Cost/M output</source>
        <translation>Kosten/M Ausgabe</translation>
    </message>
    <message>
        <source>$/M out</source>
        <translation>$/M aus</translation>
    </message>
    <message>
        <source>KV per user</source>
        <translation>KV je Nutzer</translation>
    </message>
    <message>
        <source>KV/user</source>
        <translation>KV/Nutzer</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Prefill (TTFT)</source>
        <translation>Prefill (TTFT)</translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation>Prefill</translation>
    </message>
    <message>
        <source>Decode/token</source>
        <translation>Decode/Token</translation>
    </message>
    <message>
        <source>Per token</source>
        <translation>Je Token</translation>
    </message>
    <message>
        <source>Decode %1</source>
        <translation>Decode %1</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>%1/M in</source>
        <translation>%1/M ein</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::ParameterSlider</name>
    <message>
        <source>
Range %1 to %2 %3; type a value or use the arrow and Page keys.</source>
        <translation>
Bereich %1 bis %2 %3; Wert eingeben oder Pfeil- und Bild-Tasten verwenden.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a number (the decimal separator is &quot;%3&quot;)</source>
        <translation>%1: „%2“ ist keine Zahl (das Dezimaltrennzeichen ist „%3“)</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>params</source>
        <translation>Param.</translation>
    </message>
    <message>
        <source>$/GPU-h</source>
        <translation>$/GPU-h</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::PlanPage</name>
    <message>
        <source> users</source>
        <translation> Nutzer</translation>
    </message>
    <message>
        <source>Concurrent users to hold at the scenario&apos;s context (U)</source>
        <translation>Gleichzeitige Nutzer, die beim Kontext des Szenarios gehalten werden sollen (U)</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>kein Ziel</translation>
    </message>
    <message>
        <source>Time to first token every user must get, at the expected band&apos;s high end (0 = no target)</source>
        <translation>Zeit bis zum ersten Token, die jeder Nutzer erhalten muss, am oberen Ende des erwarteten Bereichs (0 = kein Ziel)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Time per output token while every user decodes, at the expected band&apos;s high end (0 = no target)</source>
        <translation>Zeit pro Ausgabetoken, während alle Nutzer dekodieren, am oberen Ende des erwarteten Bereichs (0 = kein Ziel)</translation>
    </message>
    <message>
        <source> GPUs</source>
        <translation> GPUs</translation>
    </message>
    <message>
        <source>The largest deployment the plan may propose</source>
        <translation>Die größte Bereitstellung, die der Plan vorschlagen darf</translation>
    </message>
    <message>
        <source>&amp;Users:</source>
        <translation>&amp;Nutzer:</translation>
    </message>
    <message>
        <source>&amp;TTFT target:</source>
        <translation>&amp;TTFT-Ziel:</translation>
    </message>
    <message>
        <source>T&amp;POT target:</source>
        <translation>T&amp;POT-Ziel:</translation>
    </message>
    <message>
        <source>&amp;At most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Users per replica</source>
        <translation>Nutzer pro Replikat</translation>
    </message>
    <message>
        <source>TTFT expected</source>
        <translation>TTFT erwartet</translation>
    </message>
    <message>
        <source>TTFT peak</source>
        <translation>TTFT Spitzenwert</translation>
    </message>
    <message>
        <source>TPOT expected</source>
        <translation>TPOT erwartet</translation>
    </message>
    <message>
        <source>TPOT peak</source>
        <translation>TPOT Spitzenwert</translation>
    </message>
    <message>
        <source>Per hour</source>
        <translation>Pro Stunde</translation>
    </message>
    <message>
        <source>Per M output tokens</source>
        <translation>Pro M Ausgabetokens</translation>
    </message>
    <message>
        <source>The smallest deployment and the other tensor-parallel degrees that need as many GPUs; &apos;peak&apos; is the theoretical peak, &apos;expected&apos; the band&apos;s high end the targets are checked against</source>
        <translation>Die kleinste Bereitstellung und die anderen Tensor-Parallel-Grade, die ebenso viele GPUs benötigen; „Spitzenwert“ ist der theoretische Spitzenwert, „erwartet“ das obere Ende des Bereichs, an dem die Ziele geprüft werden</translation>
    </message>
    <message>
        <source>Each replica is one tensor-parallel group of the scenario&apos;s hardware; a TP degree divides the query heads and divides or is a multiple of the KV heads. The decode batch of a replica is its share of the users, at most what its HBM holds. Cost: on-demand list price per GPU-hour from the hardware preset.</source>
        <translation>Jedes Replikat ist eine Tensor-Parallel-Gruppe der Hardware des Szenarios; ein TP-Grad teilt die Query-Heads und teilt die KV-Heads oder ist ein Vielfaches davon. Der Decode-Batch eines Replikats ist sein Anteil an den Nutzern, höchstens so viele, wie sein HBM fasst. Kosten: On-Demand-Listenpreis pro GPU-Stunde aus der Hardware-Voreinstellung.</translation>
    </message>
    <message>
        <source>%1 at %2 tokens, %3 (%4) on %5</source>
        <translation>%1 bei %2 Tokens, %3 (%4) auf %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing fits&lt;/b&gt; for %1: %2.</source>
        <translation>&lt;b&gt;Nichts passt&lt;/b&gt; für %1: %2.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; hold %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: Platz für %2.</translation>
    </message>
    <message>
        <source> The theoretical peak alone would need %1.</source>
        <translation> Der theoretische Spitzenwert allein bräuchte %1.</translation>
    </message>
    <message>
        <source> The theoretical peak needs as many.</source>
        <translation> Der theoretische Spitzenwert braucht ebenso viele.</translation>
    </message>
    <message>
        <source> %1 per hour.</source>
        <translation> %1 pro Stunde.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>kein Preis</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::PresetLibrary</name>
    <message>
        <source>Filter presets</source>
        <translation>Voreinstellungen filtern</translation>
    </message>
    <message>
        <source>Shows only the presets whose name, id or summary contains this text</source>
        <translation>Zeigt nur die Voreinstellungen, deren Name, ID oder Zusammenfassung diesen Text enthält</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Show the selected preset in the explorer (undoable)</source>
        <translation>Die gewählte Voreinstellung im Explorer anzeigen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the selected user preset</source>
        <translation>Die gewählte eigene Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Copy the selected preset into your presets</source>
        <translation>Die gewählte Voreinstellung in Ihre Voreinstellungen kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected user preset (Undo file change brings it back)</source>
        <translation>Die gewählte eigene Voreinstellung löschen („Dateiänderung rückgängig“ holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a kvscope preset or a Hugging Face config.json; dropping files on the window does the same</source>
        <translation>Eine kvscope-Voreinstellung oder eine Hugging-Face-config.json importieren; Dateien auf das Fenster ziehen bewirkt dasselbe</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the selected preset to a file</source>
        <translation>Die gewählte Voreinstellung in eine Datei schreiben</translation>
    </message>
    <message>
        <source>&amp;Hardware editor…</source>
        <translation>&amp;Hardware-Editor…</translation>
    </message>
    <message>
        <source>Edit the selected hardware (or the explorer&apos;s) as a custom accelerator and save it as your preset</source>
        <translation>Die gewählte Hardware (oder die des Explorers) als eigenen Beschleuniger bearbeiten und als Ihre Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Current %1…</source>
        <translation>%1 (aktuell)…</translation>
    </message>
    <message>
        <source>&amp;Save current</source>
        <translation>Aktuelles &amp;speichern</translation>
    </message>
    <message>
        <source>Save the explorer&apos;s scenario, hardware or model as your preset</source>
        <translation>Szenario, Hardware oder Modell des Explorers als Ihre Voreinstellung speichern</translation>
    </message>
    <message>
        <source>Undo file change</source>
        <translation>Dateiänderung rückgängig</translation>
    </message>
    <message>
        <source>Undo the last save, rename, duplicate, import or delete of a preset file</source>
        <translation>Das letzte Speichern, Umbenennen, Duplizieren, Importieren oder Löschen einer Voreinstellungsdatei rückgängig machen</translation>
    </message>
    <message>
        <source>Redo file change</source>
        <translation>Dateiänderung wiederholen</translation>
    </message>
    <message>
        <source>Redo the preset file change just undone</source>
        <translation>Die gerade rückgängig gemachte Änderung an der Voreinstellungsdatei wiederholen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Preset exists</source>
        <translation>Voreinstellung existiert</translation>
    </message>
    <message>
        <source>A preset with this name exists:
%1
Replace it?</source>
        <translation>Eine Voreinstellung mit diesem Namen existiert bereits:
%1
Ersetzen?</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>&amp;Keep both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>%1 (%2)
%3</source>
        <translation>%1 (%2)
%3</translation>
    </message>
    <message>
        <source>%1, built-in %2 (read-only)</source>
        <translation>%1, eingebaut %2 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>My presets</source>
        <translation>Meine Voreinstellungen</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>does not read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1
%2
The file is left untouched: fix or move it.</source>
        <translation>%1
%2
Die Datei bleibt unverändert: Reparieren oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>Built-in scenarios</source>
        <translation>Eingebaute Szenarien</translation>
    </message>
    <message>
        <source>Built-in hardware</source>
        <translation>Eingebaute Hardware</translation>
    </message>
    <message>
        <source>Built-in models</source>
        <translation>Eingebaute Modelle</translation>
    </message>
    <message>
        <source>Select a preset: Enter applies it to the explorer.</source>
        <translation>Voreinstellung wählen: Eingabetaste wendet sie im Explorer an.</translation>
    </message>
    <message>
        <source>The file is listed and left untouched: fix or move it.</source>
        <translation>Die Datei wird aufgeführt und bleibt unverändert: Reparieren oder verschieben Sie sie.</translation>
    </message>
    <message>
        <source>Apply scenario %1</source>
        <translation>Szenario %1 anwenden</translation>
    </message>
    <message>
        <source>Applied %1 (Ctrl+Z undoes it)</source>
        <translation>%1 angewendet (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>Save %1 preset %2</source>
        <translation>%1-Voreinstellung %2 speichern</translation>
    </message>
    <message>
        <source>Not saved: %1 exists</source>
        <translation>Nicht gespeichert: %1 existiert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 was taken meanwhile, saved as %3</source>
        <translation>%1: %2 wurde inzwischen belegt, gespeichert als %3</translation>
    </message>
    <message>
        <source>Not renamed: %1 exists; pick another name</source>
        <translation>Nicht umbenannt: %1 existiert; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Rename preset to %1</source>
        <translation>Voreinstellung in %1 umbenennen</translation>
    </message>
    <message>
        <source>Duplicate as %1</source>
        <translation>Als %1 duplizieren</translation>
    </message>
    <message>
        <source>Delete preset %1</source>
        <translation>Voreinstellung %1 löschen</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Nicht exportiert: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>Save hardware %1</source>
        <translation>Hardware %1 speichern</translation>
    </message>
    <message>
        <source>Save current %1</source>
        <translation>%1 (aktuell) speichern</translation>
    </message>
    <message>
        <source>Rename preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <source>Import presets</source>
        <translation>Voreinstellungen importieren</translation>
    </message>
    <message>
        <source>kvscope presets and Hugging Face configs (*.json);;All files (*)</source>
        <translation>kvscope-Voreinstellungen und Hugging-Face-Konfigurationen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export preset</source>
        <translation>Voreinstellung exportieren</translation>
    </message>
    <message>
        <source>kvscope preset (*.json)</source>
        <translation>kvscope-Voreinstellung (*.json)</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::ScenarioStore</name>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Pick model %1</source>
        <translation>Modell %1 wählen</translation>
    </message>
    <message>
        <source>Pick hardware %1</source>
        <translation>Hardware %1 wählen</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::SidePane</name>
    <message>
        <source>◀ Hide</source>
        <translation>◀ Einklappen</translation>
    </message>
    <message>
        <source>Fold this panel to a strip, so the charts take the width</source>
        <translation>Diese Leiste zu einem Streifen einklappen, damit die Diagramme die Breite bekommen</translation>
    </message>
    <message>
        <source>▶ %1</source>
        <translation>▶ %1</translation>
    </message>
    <message>
        <source>Unfold the panel</source>
        <translation>Leiste aufklappen</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::SwitchingChart</name>
    <message>
        <source>Context switching</source>
        <translation>Kontextwechsel</translation>
    </message>
    <message>
        <source>Context length (tokens, K = 1,000)</source>
        <translation>Kontextlänge (Tokens, K = 1.000)</translation>
    </message>
    <message>
        <source>Time to swap one user</source>
        <translation>Auslagern eines Nutzers</translation>
    </message>
    <message>
        <source>Recompute instead (prefill)</source>
        <translation>Stattdessen neu berechnen (Prefill)</translation>
    </message>
    <message>
        <source>Swap out + in over PCIe</source>
        <translation>Aus- und Einlagern über PCIe</translation>
    </message>
    <message>
        <source>Host memory (%1) cannot park one user beyond %2</source>
        <translation>Host-Speicher (%1) fasst über %2 keinen Nutzer</translation>
    </message>
    <message>
        <source>At %1 tokens</source>
        <translation>Bei %1 Tokens</translation>
    </message>
    <message>
        <source>Swap: %1 = 2 × %2 / (%3 × %4)</source>
        <translation>Auslagern: %1 = 2 × %2 / (%3 × %4)</translation>
    </message>
    <message>
        <source>Recompute (prefill): %1</source>
        <translation>Neu berechnen (Prefill): %1</translation>
    </message>
    <message>
        <source>Host memory %1 parks %2</source>
        <translation>Host-Speicher %1 nimmt %2 auf</translation>
    </message>
    <message>
        <source>Swap time</source>
        <translation>Auslagerzeit</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Auslagern</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::TimelineChart</name>
    <message>
        <source>Session timeline</source>
        <translation>Sitzungszeitleiste</translation>
    </message>
    <message>
        <source>Time since every user arrived</source>
        <translation>Zeit seit Ankunft der Nutzer</translation>
    </message>
    <message>
        <source>Users, in arrival order</source>
        <translation>Nutzer in Ankunftsreihenfolge</translation>
    </message>
    <message>
        <source>Prefill · compute</source>
        <translation>Prefill · Rechenleistung</translation>
    </message>
    <message>
        <source>Prefill · HBM bandwidth</source>
        <translation>Prefill · HBM-Bandbreite</translation>
    </message>
    <message>
        <source>Decode · HBM bandwidth</source>
        <translation>Decode · HBM-Bandbreite</translation>
    </message>
    <message>
        <source>Decode · compute</source>
        <translation>Decode · Rechenleistung</translation>
    </message>
    <message>
        <source>Swap out/in · PCIe</source>
        <translation>Aus-/Einlagern · PCIe</translation>
    </message>
    <message>
        <source>Waiting for HBM · HBM size</source>
        <translation>Warten auf HBM · HBM-Größe</translation>
    </message>
    <message>
        <source>Not schedulable: %1</source>
        <translation>Nicht planbar: %1</translation>
    </message>
    <message>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, HBM holds &lt;b&gt;%2&lt;/b&gt; at once · &lt;b&gt;%3 sessions/hour&lt;/b&gt; (all done in %4) · %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, HBM fasst &lt;b&gt;%2&lt;/b&gt; gleichzeitig · &lt;b&gt;%3 Sitzungen/Stunde&lt;/b&gt; (alle fertig in %4) · %5</translation>
    </message>
    <message>
        <source>no swaps</source>
        <translation>kein Auslagern</translation>
    </message>
    <message>
        <source>%1 swaps of %2 each way</source>
        <translation>%1 Auslagerungen zu je %2 pro Richtung</translation>
    </message>
    <message>
        <source>Time to first token: %1 &amp;nbsp;&amp;nbsp; Time per output token: %2</source>
        <translation>Zeit bis zum ersten Token: %1 &amp;nbsp;&amp;nbsp; Zeit pro Ausgabetoken: %2</translation>
    </message>
    <message>
        <source>Server time: %1compute %2 · %3HBM bandwidth %4 · %5PCIe %6 &amp;nbsp;&amp;nbsp; %7waiting for HBM: %8 of user time</source>
        <translation>Serverzeit: %1Rechenleistung %2 · %3HBM-Bandbreite %4 · %5PCIe %6 &amp;nbsp;&amp;nbsp; %7Warten auf HBM: %8 der Nutzerzeit</translation>
    </message>
    <message>
        <source>%1 – %2: %3, bound by %4</source>
        <translation>%1 – %2: %3, begrenzt durch %4</translation>
    </message>
    <message>
        <source>
%1 steps, %2 users decoded together</source>
        <translation>
%1 Schritte, %2 Nutzer gemeinsam dekodiert</translation>
    </message>
    <message>
        <source>Server
</source>
        <translation>Server
</translation>
    </message>
    <message>
        <source>User %1 · first token %2 · %3 per token · done at %4</source>
        <translation>Nutzer %1 · erstes Token %2 · %3 pro Token · fertig bei %4</translation>
    </message>
    <message>
        <source>
Done</source>
        <translation>
Fertig</translation>
    </message>
    <message>
        <source>
In HBM, while the server works for another user</source>
        <translation>
Im HBM, während der Server für einen anderen Nutzer arbeitet</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::TimelinePage</name>
    <message>
        <source>HBM holds %1 at %2 tokens: beyond that, users wait in host memory and take turns, swapped over PCIe.</source>
        <translation>HBM fasst %1 bei %2 Tokens: Darüber hinaus warten Nutzer im Host-Speicher und wechseln sich ab, ausgelagert über PCIe.</translation>
    </message>
    <message>
        <source>Not even one KV cache fits in HBM at %1 tokens.</source>
        <translation>Bei %1 Tokens passt nicht einmal ein KV-Cache ins HBM.</translation>
    </message>
</context>
<context>
    <name>kvscope::widgets::TourCaption</name>
    <message>
        <source>%1 / %2   %3</source>
        <translation>%1 / %2   %3</translation>
    </message>
    <message>
        <source>→ PgDn: next · ← PgUp: back · Esc: end</source>
        <translation>→ Bild↓: weiter · ← Bild↑: zurück · Esc: Ende</translation>
    </message>
</context>
</TS>
