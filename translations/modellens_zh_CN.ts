<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DisplayGraph</name>
    <message>
        <source>+%1 more</source>
        <extracomment>core/graph/DisplayGraph.cpp</extracomment>
        <translation>另有 %1 项</translation>
    </message>
</context>
<context>
    <name>Edit</name>
    <message>
        <source>Set attribute &apos;%1&apos;</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>设置属性“%1”</translation>
    </message>
    <message>
        <source>node #%1 is not in the model</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>节点 #%1 不在模型中</translation>
    </message>
    <message>
        <source>an attribute needs a name</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>属性需要名称</translation>
    </message>
    <message>
        <source>Remove attribute &apos;%1&apos;</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>删除属性“%1”</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has no attribute &apos;%2&apos;</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>节点“%1”没有属性“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid value for attribute &apos;%2&apos; (%3)</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>“%1”不是属性“%2”的有效值（%3）</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos; is of type %2, which cannot be set from text</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>属性“%1”的类型为 %2，无法从文本设置</translation>
    </message>
    <message>
        <source>no node is named &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>没有名为“%1”的节点</translation>
    </message>
    <message>
        <source>Rename node to &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>将节点重命名为“%1”</translation>
    </message>
    <message>
        <source>another node is already named &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>已有另一个节点名为“%1”</translation>
    </message>
    <message>
        <source>Rename tensor &apos;%1&apos; to &apos;%2&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>将张量“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>a tensor name cannot be empty</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>张量名称不能为空</translation>
    </message>
    <message>
        <source>no tensor is named &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>没有名为“%1”的张量</translation>
    </message>
    <message>
        <source>a tensor named &apos;%1&apos; already exists</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>名为“%1”的张量已存在</translation>
    </message>
    <message>
        <source>no node to delete</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>没有要删除的节点</translation>
    </message>
    <message>
        <source>the nodes to delete must be in the same graph</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>要删除的节点必须位于同一个图中</translation>
    </message>
    <message>
        <source>bypass works on one node at a time</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>旁路操作一次只能作用于一个节点</translation>
    </message>
    <message>
        <source>node &apos;%1&apos; has %2 data inputs; bypass needs exactly one</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>节点“%1”有 %2 个数据输入；旁路要求恰好一个</translation>
    </message>
    <message>
        <source>bypassing &apos;%1&apos; would connect a graph input straight to a graph output</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>旁路“%1”会把图输入直接连到图输出</translation>
    </message>
    <message>
        <source>Delete node</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>删除节点</translation>
    </message>
    <message>
        <source>Delete node and its tail</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>删除节点及其下游分支</translation>
    </message>
    <message>
        <source>Bypass node</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>旁路节点</translation>
    </message>
    <message>
        <source>Add %1 node</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>添加 %1 节点</translation>
    </message>
    <message>
        <source>the model imports no opset of domain &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>模型未导入域“%1”的 opset</translation>
    </message>
    <message>
        <source>there is no operator %1 in opset %2</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>opset %2 中没有算子 %1</translation>
    </message>
    <message>
        <source>Add output &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>添加输出“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already a graph output</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>“%1”已是图输出</translation>
    </message>
    <message>
        <source>no tensor of the main graph is named &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>主图中没有名为“%1”的张量</translation>
    </message>
    <message>
        <source>Remove output &apos;%1&apos;</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>删除输出“%1”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a graph output</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>“%1”不是图输出</translation>
    </message>
    <message>
        <source>Remove unused nodes, initializers and value_info</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>删除未使用的节点、初始化器和 value_info</translation>
    </message>
    <message>
        <source>graph &apos;%1&apos; has a cycle and cannot be sorted</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>图“%1”中存在环，无法排序</translation>
    </message>
    <message>
        <source>Sort nodes topologically</source>
        <extracomment>core/edit/GraphEdits.cpp</extracomment>
        <translation>按拓扑顺序排列节点</translation>
    </message>
    <message>
        <source>Convert to opset %1</source>
        <extracomment>core/edit/OpsetEdits.cpp</extracomment>
        <translation>转换到 opset %1</translation>
    </message>
    <message>
        <source>the model already uses opset %1</source>
        <extracomment>core/edit/OpsetEdits.cpp</extracomment>
        <translation>模型已在使用 opset %1</translation>
    </message>
    <message>
        <source>the version converter cannot go from opset %1 to %2: %3</source>
        <extracomment>core/edit/OpsetEdits.cpp</extracomment>
        <translation>版本转换器无法从 opset %1 转换到 %2：%3</translation>
    </message>
    <message>
        <source>Set %1[%2] to %3</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>将 %1[%2] 设为 %3</translation>
    </message>
    <message>
        <source>a dimension needs a number, a symbol or &apos;?&apos;</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>维度需要是数字、符号或“?”</translation>
    </message>
    <message>
        <source>a dimension cannot be negative</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>维度不能为负数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a tensor</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>“%1”不是张量</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has %2 dimensions; there is no axis %3</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>“%1”有 %2 个维度；不存在轴 %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a graph input or output</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>“%1”不是图的输入或输出</translation>
    </message>
    <message>
        <source>Rename dimension &apos;%1&apos; to &apos;%2&apos;</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>将维度“%1”重命名为“%2”</translation>
    </message>
    <message>
        <source>a dimension needs a name</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>维度需要名称</translation>
    </message>
    <message>
        <source>no dimension is named &apos;%1&apos;</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>没有名为“%1”的维度</translation>
    </message>
    <message>
        <source>Make batch dynamic</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>将批次维度设为动态</translation>
    </message>
    <message>
        <source>no graph input or output has a first dimension</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>没有任何图输入或输出具有第一个维度</translation>
    </message>
    <message>
        <source>Fix every dimension symbol to %1</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>将所有维度符号固定为 %1</translation>
    </message>
    <message>
        <source>the model has no symbolic dimension</source>
        <extracomment>core/edit/ShapeEdits.cpp</extracomment>
        <translation>模型中没有符号维度</translation>
    </message>
    <message>
        <source>Replace values of &apos;%1&apos;</source>
        <extracomment>core/edit/TensorEdits.cpp</extracomment>
        <translation>替换“%1”的值</translation>
    </message>
    <message>
        <source>no initializer is named &apos;%1&apos;</source>
        <extracomment>core/edit/TensorEdits.cpp</extracomment>
        <translation>没有名为“%1”的初始化器</translation>
    </message>
    <message>
        <source>%1 holds %2, but &apos;%3&apos; is %4</source>
        <extracomment>core/edit/TensorEdits.cpp</extracomment>
        <translation>%1 包含 %2，但“%3”是 %4</translation>
    </message>
    <message>
        <source>%1 has shape %2, but &apos;%3&apos; has shape %4</source>
        <extracomment>core/edit/TensorEdits.cpp</extracomment>
        <translation>%1 的形状为 %2，但“%3”的形状为 %4</translation>
    </message>
    <message>
        <source>Set &apos;%1&apos; to %2</source>
        <extracomment>core/edit/TensorEdits.cpp</extracomment>
        <translation>将“%1”设为 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds %2 values, not one</source>
        <extracomment>core/edit/TensorEdits.cpp</extracomment>
        <translation>“%1”包含 %2 个值，而不是一个</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2; only plain numeric scalars can be edited in place</source>
        <extracomment>core/edit/TensorEdits.cpp</extracomment>
        <translation>“%1”是 %2；只有普通数值标量可以原地编辑</translation>
    </message>
    <message>
        <source>tensors of element type %1 cannot be set from text</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>元素类型为 %1 的张量无法通过文本设置</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid %2 value</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>“%1”不是有效的 %2 值</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: %2</source>
        <extracomment>core/edit/AttributeEdits.cpp</extracomment>
        <translation>属性“%1”：%2</translation>
    </message>
</context>
<context>
    <name>EngineBackend</name>
    <message>
        <source>%1 exited with status %2</source>
        <extracomment>core/engine/EngineBackend.cpp</extracomment>
        <translation>%1 已退出，状态码 %2</translation>
    </message>
</context>
<context>
    <name>EngineSettings</name>
    <message>
        <source>unknown optimization level &quot;%1&quot; (none, basic, extended, all)</source>
        <extracomment>core/engine/EngineSettings.cpp</extracomment>
        <translation>未知的优化级别“%1”（可选 none、basic、extended、all）</translation>
    </message>
    <message>
        <source>a run needs at least one iteration or a duration</source>
        <extracomment>core/engine/EngineSettings.cpp</extracomment>
        <translation>运行至少需要一次迭代或一个时长</translation>
    </message>
    <message>
        <source>unknown backend &quot;%1&quot; (known: ort, trtexec)</source>
        <extracomment>core/engine/EngineSettings.cpp</extracomment>
        <translation>未知的后端“%1”（已知：ort、trtexec）</translation>
    </message>
</context>
<context>
    <name>EngineSupervisor</name>
    <message>
        <source>the engine process was killed by signal %1 (SIG%2)</source>
        <extracomment>core/engine/EngineSupervisor.cpp</extracomment>
        <translation>推理引擎进程被信号 %1（SIG%2）终止</translation>
    </message>
    <message>
        <source>; if nobody killed it, the system probably ran out of memory (the kernel&apos;s OOM killer sends SIGKILL); peak memory seen: %1 MB</source>
        <extracomment>core/engine/EngineSupervisor.cpp</extracomment>
        <translation>；如果没有人手动终止它，系统很可能是内存耗尽了（内核的 OOM killer 会发送 SIGKILL）；观测到的内存峰值：%1 MB</translation>
    </message>
    <message>
        <source>: the engine crashed</source>
        <extracomment>core/engine/EngineSupervisor.cpp</extracomment>
        <translation>：推理引擎崩溃</translation>
    </message>
    <message>
        <source> (memory limit %1 MB)</source>
        <extracomment>core/engine/EngineSupervisor.cpp</extracomment>
        <translation>（内存上限 %1 MB）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <extracomment>core/engine/EngineSupervisor.cpp</extracomment>
        <translation>已取消</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <extracomment>core/engine/EngineSupervisor.cpp</extracomment>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <extracomment>core/engine/EngineSupervisor.cpp</extracomment>
        <translation>无法启动 %1：%2</translation>
    </message>
</context>
<context>
    <name>GraphExport</name>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>core/graph/GraphExport.cpp</extracomment>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: the PNG writer could not start</source>
        <extracomment>core/graph/GraphExport.cpp</extracomment>
        <translation>%1：PNG 写入器无法启动</translation>
    </message>
    <message>
        <source>%1: writing the PNG failed</source>
        <extracomment>core/graph/GraphExport.cpp</extracomment>
        <translation>%1：写入 PNG 失败</translation>
    </message>
</context>
<context>
    <name>GraphLayout</name>
    <message>
        <source>Graphviz&apos;s dot program is not installed (Debian package graphviz)</source>
        <extracomment>core/graph/DotLayout.cpp</extracomment>
        <translation>未安装 Graphviz 的 dot 程序（Debian 软件包 graphviz）</translation>
    </message>
    <message>
        <source>dot could not be started: %1</source>
        <extracomment>core/graph/DotLayout.cpp</extracomment>
        <translation>无法启动 dot：%1</translation>
    </message>
    <message>
        <source>layout cancelled</source>
        <extracomment>core/graph/DotLayout.cpp</extracomment>
        <translation>布局已取消</translation>
    </message>
    <message>
        <source>dot failed: %1</source>
        <extracomment>core/graph/DotLayout.cpp</extracomment>
        <translation>dot 运行失败：%1</translation>
    </message>
    <message>
        <source>dot returned %1 of %2 nodes</source>
        <extracomment>core/graph/DotLayout.cpp</extracomment>
        <translation>dot 只返回了 %2 个节点中的 %1 个</translation>
    </message>
</context>
<context>
    <name>InputFactory</name>
    <message>
        <source>input %1: element type %2 cannot be generated; load it from a file</source>
        <extracomment>core/engine/InputFactory.cpp</extracomment>
        <translation>输入 %1：无法生成元素类型为 %2 的数据；请从文件加载</translation>
    </message>
    <message>
        <source>input %1: %2</source>
        <extracomment>core/engine/InputFactory.cpp</extracomment>
        <translation>输入 %1：%2</translation>
    </message>
    <message>
        <source>input %1: %2 holds %3 values, the model wants %4</source>
        <extracomment>core/engine/InputFactory.cpp</extracomment>
        <translation>输入 %1：%2 包含 %3 个值，模型需要 %4 个</translation>
    </message>
    <message>
        <source>input %1: %2 has shape %3, the run uses %4</source>
        <extracomment>core/engine/InputFactory.cpp</extracomment>
        <translation>输入 %1：%2 的形状为 %3，本次运行使用 %4</translation>
    </message>
</context>
<context>
    <name>InputPlan</name>
    <message>
        <source>input %1: %2 has %3 dimensions, the model&apos;s input has %4 (%5)</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>输入 %1：%2 有 %3 个维度，模型的输入有 %4 个（%5）</translation>
    </message>
    <message>
        <source>input %1: dimension %2 is %3 in the model, %4 gives %5</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>输入 %1：维度 %2 在模型中为 %3，而 %4 给出的是 %5</translation>
    </message>
    <message>
        <source>%1 names &quot;%2&quot;, which is not an input of the model (inputs: %3)</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>%1 指定了“%2”，但它不是模型的输入（模型的输入有：%3）</translation>
    </message>
    <message>
        <source>--shapes</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>--shapes</translation>
    </message>
    <message>
        <source>the minimum shapes</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>最小形状</translation>
    </message>
    <message>
        <source>the maximum shapes</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>最大形状</translation>
    </message>
    <message>
        <source>--inputs</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>--inputs</translation>
    </message>
    <message>
        <source>input %1 is not a tensor; only tensor inputs can be fed</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>输入 %1 不是张量；只能为张量类型的输入提供数据</translation>
    </message>
    <message>
        <source>the shape %1</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>形状 %1</translation>
    </message>
    <message>
        <source>input %1: %2</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>输入 %1：%2</translation>
    </message>
    <message>
        <source>the minimum shape</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>最小形状</translation>
    </message>
    <message>
        <source>the maximum shape</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>最大形状</translation>
    </message>
    <message>
        <source>input %1: the shape %2 lies outside the range %3 .. %4</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>输入 %1：形状 %2 超出了范围 %3 .. %4</translation>
    </message>
    <message>
        <source>input %1 has no shape in the model: give one with --shapes</source>
        <extracomment>core/engine/InputPlan.cpp</extracomment>
        <translation>模型中输入 %1 没有形状：请用 --shapes 指定</translation>
    </message>
</context>
<context>
    <name>InputSource</name>
    <message>
        <source>an input needs a file, &quot;=VALUE&quot; or &quot;LOW..HIGH&quot; after the name</source>
        <extracomment>core/engine/InputSource.cpp</extracomment>
        <translation>输入名称之后需要跟文件、“=VALUE”或“LOW..HIGH”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <extracomment>core/engine/InputSource.cpp</extracomment>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>the range %1 is empty</source>
        <extracomment>core/engine/InputSource.cpp</extracomment>
        <translation>范围 %1 为空</translation>
    </message>
    <message>
        <source>random</source>
        <extracomment>core/engine/InputSource.cpp</extracomment>
        <translation>随机</translation>
    </message>
    <message>
        <source>random %1..%2</source>
        <extracomment>core/engine/InputSource.cpp</extracomment>
        <translation>随机 %1..%2</translation>
    </message>
</context>
<context>
    <name>ModelFacts</name>
    <message numerus="yes">
        <source>the graph has a cycle: %n node(s) on it or after it cannot be ordered; it passes through this one</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>
            <numerusform>图中存在环：环上及其之后的 %n 个节点无法排序；该环经过此节点</numerusform>
        </translation>
    </message>
    <message>
        <source>input &apos;%1&apos; is not produced by any node, graph input or initializer</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>输入“%1”不由任何节点、图输入或初始化器产生</translation>
    </message>
    <message>
        <source>nodes are not in topological order: input &apos;%1&apos; is produced by a later node</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>节点未按拓扑顺序排列：输入“%1”由后面的节点产生</translation>
    </message>
    <message>
        <source>graph output &apos;%1&apos; is not produced by any node</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>图输出“%1”不由任何节点产生</translation>
    </message>
    <message>
        <source>IR version %1 is newer than this build of ONNX knows (%2): checks may be incomplete</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>IR 版本 %1 比本程序所用的 ONNX 支持的版本（%2）更新：检查可能不完整</translation>
    </message>
    <message>
        <source>opset %1 of domain %2 is newer than this build of ONNX knows (%3): operator schemas, documentation and shape inference are unavailable for it</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>域 %2 的 opset %1 比本程序所用的 ONNX 支持的版本（%3）更新：该 opset 的算子定义、文档和形状推断均不可用</translation>
    </message>
    <message>
        <source>checker: %1</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>检查器：%1</translation>
    </message>
    <message>
        <source>shape inference stopped: %1</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>形状推断中止：%1</translation>
    </message>
    <message>
        <source>shape inference skipped: model-local function &apos;%1&apos; calls itself</source>
        <extracomment>core/ModelFacts.cpp</extracomment>
        <translation>已跳过形状推断：模型内函数“%1”调用了自身</translation>
    </message>
</context>
<context>
    <name>ModelSummary</name>
    <message>
        <source>  file: %1 bytes</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>  文件：%1 字节</translation>
    </message>
    <message>
        <source>, external data: %1 bytes</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>，外部数据：%1 字节</translation>
    </message>
    <message>
        <source>  IR version %1, opsets: %2</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>  IR 版本 %1，opset：%2</translation>
    </message>
    <message>
        <source>  producer: %1, graph: %2</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>  生成工具：%1，图：%2</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>（无）</translation>
    </message>
    <message>
        <source>inputs:</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>输入：</translation>
    </message>
    <message>
        <source>outputs:</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>输出：</translation>
    </message>
    <message>
        <source>nodes: %1 in the main graph, %2 in all; %3 subgraphs (depth %4)</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>节点：主图 %1 个，共 %2 个；子图 %3 个（深度 %4）</translation>
    </message>
    <message>
        <source>parameters: %1 in %2 initializers; %3 elements in Constant nodes</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>参数量：%1，位于 %2 个初始化器中；Constant 节点中有 %3 个元素</translation>
    </message>
    <message>
        <source>operators (%1 kinds):</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>算子（%1 种）：</translation>
    </message>
    <message>
        <source>problems: none (checker passed)</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>问题：无（检查器通过）</translation>
    </message>
    <message>
        <source>problems: %1</source>
        <extracomment>core/ModelSummary.cpp</extracomment>
        <translation>问题：%1 个</translation>
    </message>
</context>
<context>
    <name>NodeItem</name>
    <message>
        <source>%1% of the layer time</source>
        <translation>占各层总耗时的 %1%</translation>
    </message>
</context>
<context>
    <name>Npy</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not a .npy file</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：不是 .npy 文件</translation>
    </message>
    <message>
        <source>%1: truncated .npy header</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：.npy 文件头不完整</translation>
    </message>
    <message>
        <source>%1: unsupported .npy version %2</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：不支持的 .npy 版本 %2</translation>
    </message>
    <message>
        <source>%1: malformed .npy header</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：.npy 文件头格式错误</translation>
    </message>
    <message>
        <source>%1: Fortran-ordered arrays are not supported; save it with np.ascontiguousarray</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：不支持 Fortran 顺序的数组；请先用 np.ascontiguousarray 转换后再保存</translation>
    </message>
    <message>
        <source>%1: unsupported element type &apos;%2&apos; (little-endian numeric types only)</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：不支持的元素类型“%2”（仅支持小端序数值类型）</translation>
    </message>
    <message>
        <source>%1: malformed shape in the .npy header</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：.npy 文件头中的形状格式错误</translation>
    </message>
    <message>
        <source>%1: holds %2 bytes of data, the header promises %3</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：包含 %2 字节数据，但文件头声明为 %3 字节</translation>
    </message>
    <message>
        <source>%1: this element type cannot be written as .npy</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：此元素类型无法写为 .npy</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>core/Npy.cpp</extracomment>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>OnnxModel</name>
    <message>
        <source>%1: no such file</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：不是普通文件</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: the file is empty, not an ONNX model</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：文件为空，不是 ONNX 模型</translation>
    </message>
    <message>
        <source>%1: cannot be memory-mapped: %2</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：无法进行内存映射：%2</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; refers to external data &apos;%3&apos;: %4</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：张量“%2”引用了外部数据“%3”：%4</translation>
    </message>
    <message>
        <source>no location given</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>未指定位置</translation>
    </message>
    <message>
        <source>an absolute path, outside the model&apos;s folder</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>是绝对路径，位于模型所在文件夹之外</translation>
    </message>
    <message>
        <source>the location leaves the model&apos;s folder</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>该位置超出了模型所在的文件夹</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>the location leads outside the model&apos;s folder</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>该位置指向模型所在文件夹之外</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>offset %1 and length %2 run past the end of the file (%3 bytes)</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>偏移 %1 加长度 %2 超出了文件末尾（文件共 %3 字节）</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; points past the end of the file</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：张量“%2”指向文件末尾之后</translation>
    </message>
    <message>
        <source>%1: external data &apos;%2&apos; cannot be read: %3</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：无法读取外部数据“%2”：%3</translation>
    </message>
    <message>
        <source>%1: external data &apos;%2&apos; is shorter than the model says</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：外部数据“%2”比模型声明的短</translation>
    </message>
    <message>
        <source>%1: external data &apos;%2&apos; cannot be read completely</source>
        <extracomment>core/ModelSource.cpp</extracomment>
        <translation>%1：外部数据“%2”无法完整读取</translation>
    </message>
    <message>
        <source>%1: not an ONNX model (protobuf parse error: %2)</source>
        <extracomment>core/OnnxModel.cpp</extracomment>
        <translation>%1：不是 ONNX 模型（protobuf 解析错误：%2）</translation>
    </message>
    <message>
        <source>%1: the graph alone is larger than 2 GiB, which protobuf cannot parse</source>
        <extracomment>core/OnnxModel.cpp</extracomment>
        <translation>%1：仅图本身就超过 2 GiB，protobuf 无法解析</translation>
    </message>
    <message>
        <source>%1: not an ONNX model (protobuf parse error)</source>
        <extracomment>core/OnnxModel.cpp</extracomment>
        <translation>%1：不是 ONNX 模型（protobuf 解析错误）</translation>
    </message>
    <message>
        <source>%1: not an ONNX model (no graph and no IR version)</source>
        <extracomment>core/OnnxModel.cpp</extracomment>
        <translation>%1：不是 ONNX 模型（既没有图，也没有 IR 版本）</translation>
    </message>
    <message>
        <source>%1: the model has no graph</source>
        <extracomment>core/OnnxModel.cpp</extracomment>
        <translation>%1：模型中没有图</translation>
    </message>
    <message>
        <source>%1: tensor &apos;%2&apos; has an unknown deferred field</source>
        <extracomment>core/OnnxModel.cpp</extracomment>
        <translation>%1：张量“%2”含有未知的延迟加载字段</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>core/ModelWriter.cpp</extracomment>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: the model would be larger than 2 GiB, the limit of one protobuf file</source>
        <extracomment>core/ModelWriter.cpp</extracomment>
        <translation>%1：模型将超过 2 GiB，即单个 protobuf 文件的上限</translation>
    </message>
    <message>
        <source>%1: the model could not be serialized</source>
        <extracomment>core/ModelWriter.cpp</extracomment>
        <translation>%1：无法序列化模型</translation>
    </message>
</context>
<context>
    <name>OrtBackend</name>
    <message>
        <source>ONNX Runtime</source>
        <extracomment>core/engine/OrtBackend.cpp</extracomment>
        <translation>ONNX Runtime</translation>
    </message>
    <message>
        <source>the ONNX Runtime engine program %1 was not found (looked at: %2). It is built with ModelLens when ONNX Runtime is present (scripts/setup.sh installs it); MODELLENS_ENGINE_DIR can name its folder.</source>
        <extracomment>core/engine/OrtBackend.cpp</extracomment>
        <translation>找不到 ONNX Runtime 推理引擎程序 %1（已查找：%2）。只有在存在 ONNX Runtime 时它才会随 ModelLens 一起构建（scripts/setup.sh 会安装 ONNX Runtime）；也可以用 MODELLENS_ENGINE_DIR 指定它所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 does not start: %2</source>
        <extracomment>core/engine/OrtBackend.cpp</extracomment>
        <translation>%1 无法启动：%2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>core/engine/OrtBackend.cpp</extracomment>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>the engine ran out of memory: %1</source>
        <extracomment>core/engine/OrtBackend.cpp</extracomment>
        <translation>推理引擎内存不足：%1</translation>
    </message>
    <message>
        <source>the engine wrote no result (%1: %2)</source>
        <extracomment>core/engine/OrtBackend.cpp</extracomment>
        <translation>推理引擎没有写出结果（%1：%2）</translation>
    </message>
</context>
<context>
    <name>OrtLayerAttribution</name>
    <message>
        <source>the profile holds no measured runs</source>
        <extracomment>core/engine/OrtLayerAttribution.cpp</extracomment>
        <translation>性能分析数据中没有测量过的运行</translation>
    </message>
    <message numerus="yes">
        <source>%n kernel(s) could not be tied to a model node; they are listed under their own names</source>
        <extracomment>core/engine/OrtLayerAttribution.cpp</extracomment>
        <translation>
            <numerusform>有 %n 个内核无法对应到模型节点，已按其自身名称单独列出</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n inserted kernel(s) (layout reorders, copies) are counted with the node next to them</source>
        <extracomment>core/engine/OrtLayerAttribution.cpp</extracomment>
        <translation>
            <numerusform>有 %n 个插入的内核（布局重排、复制）已计入与其相邻的节点</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrtProfile</name>
    <message>
        <source>not an ONNX Runtime profile: %1 at offset %2</source>
        <extracomment>core/engine/OrtProfile.cpp</extracomment>
        <translation>不是 ONNX Runtime 性能分析文件：偏移 %2 处%1</translation>
    </message>
    <message>
        <source>not an ONNX Runtime profile: the top level is not an array</source>
        <extracomment>core/engine/OrtProfile.cpp</extracomment>
        <translation>不是 ONNX Runtime 性能分析文件：顶层不是数组</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>core/engine/OrtProfile.cpp</extracomment>
        <translation>%1：无法读取：%2</translation>
    </message>
</context>
<context>
    <name>OrtRunner</name>
    <message>
        <source>execution provider %1 is not in this ONNX Runtime build (it has: %2)</source>
        <extracomment>app/engine/OrtRunner.cpp</extracomment>
        <translation>此 ONNX Runtime 构建中没有执行提供程序 %1（可用的有：%2）</translation>
    </message>
    <message>
        <source>execution provider %1 is available but ModelLens does not know how to configure it</source>
        <extracomment>app/engine/OrtRunner.cpp</extracomment>
        <translation>执行提供程序 %1 可用，但 ModelLens 不知道如何配置它</translation>
    </message>
    <message>
        <source>the session wants input %1, which the settings do not plan</source>
        <extracomment>app/engine/OrtRunner.cpp</extracomment>
        <translation>会话需要输入 %1，但设置中没有为它规划</translation>
    </message>
    <message>
        <source>output %1 is not a numeric tensor and was not saved</source>
        <extracomment>app/engine/OrtRunner.cpp</extracomment>
        <translation>输出 %1 不是数值张量，未保存</translation>
    </message>
    <message>
        <source>profiled in the measured session: the latency above includes the cost of profiling</source>
        <extracomment>app/engine/OrtRunner.cpp</extracomment>
        <translation>在测量会话中进行了性能分析：上面的延迟包含了分析本身的开销</translation>
    </message>
    <message>
        <source>needs %1 beside libonnxruntime.so and the CUDA libraries it links</source>
        <extracomment>app/engine/OrtRunner.cpp</extracomment>
        <translation>需要 libonnxruntime.so 旁边的 %1，以及它所链接的 CUDA 库</translation>
    </message>
    <message>
        <source>needs %1 beside libonnxruntime.so and the CUDA and TensorRT libraries it links</source>
        <extracomment>app/engine/OrtRunner.cpp</extracomment>
        <translation>需要 libonnxruntime.so 旁边的 %1，以及它所链接的 CUDA 和 TensorRT 库</translation>
    </message>
</context>
<context>
    <name>OutputComparison</name>
    <message>
        <source>%1: cannot create the folder</source>
        <extracomment>core/engine/OutputComparison.cpp</extracomment>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>core/engine/OutputComparison.cpp</extracomment>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: no saved outputs (%2)</source>
        <extracomment>core/engine/OutputComparison.cpp</extracomment>
        <translation>%1：没有已保存的输出（%2）</translation>
    </message>
    <message>
        <source>missing in the second run</source>
        <extracomment>core/engine/OutputComparison.cpp</extracomment>
        <translation>第二次运行中缺失</translation>
    </message>
    <message>
        <source>shapes differ: %1 and %2</source>
        <extracomment>core/engine/OutputComparison.cpp</extracomment>
        <translation>形状不同：%1 与 %2</translation>
    </message>
    <message>
        <source>values of type %1 / %2 cannot be compared</source>
        <extracomment>core/engine/OutputComparison.cpp</extracomment>
        <translation>类型为 %1 / %2 的值无法比较</translation>
    </message>
    <message>
        <source>missing in the first run</source>
        <extracomment>core/engine/OutputComparison.cpp</extracomment>
        <translation>第一次运行中缺失</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>cannot write a temporary copy of the graph: %1</source>
        <extracomment>core/report/GraphHeat.cpp</extracomment>
        <translation>无法写入图的临时副本：%1</translation>
    </message>
    <message>
        <source>no run to report on</source>
        <extracomment>core/report/Report.cpp</extracomment>
        <translation>没有可生成报告的运行</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <extracomment>core/report/Report.cpp</extracomment>
        <translation>运行 %1：%2</translation>
    </message>
</context>
<context>
    <name>RunResult</name>
    <message>
        <source>unstable: the latency&apos;s coefficient of variation is %1% (above %2%); other load on the machine, frequency scaling or thread spinning may be the cause</source>
        <extracomment>core/engine/RunResult.cpp</extracomment>
        <translation>结果不稳定：延迟的变异系数为 %1%（高于 %2%）；可能是机器上的其他负载、CPU 调频或线程自旋所致</translation>
    </message>
    <message>
        <source>not a ModelLens run result (no backend or latency_ms)</source>
        <extracomment>core/engine/RunResult.cpp</extracomment>
        <translation>不是 ModelLens 运行结果（缺少 backend 或 latency_ms）</translation>
    </message>
</context>
<context>
    <name>ShapeSpec</name>
    <message>
        <source>unterminated quote in &quot;%1&quot;</source>
        <extracomment>core/engine/ShapeSpec.cpp</extracomment>
        <translation>“%1”中的引号未闭合</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the quoted name &apos;%1&apos;</source>
        <extracomment>core/engine/ShapeSpec.cpp</extracomment>
        <translation>带引号的名称“%1”之后应为“:”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not name:value</source>
        <extracomment>core/engine/ShapeSpec.cpp</extracomment>
        <translation>“%1”不是 name:value 格式</translation>
    </message>
    <message>
        <source>an entry without a name in &quot;%1&quot;</source>
        <extracomment>core/engine/ShapeSpec.cpp</extracomment>
        <translation>“%1”中有一项缺少名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a shape like 1x3x224x224</source>
        <extracomment>core/engine/ShapeSpec.cpp</extracomment>
        <translation>“%1”不是形如 1x3x224x224 的形状</translation>
    </message>
</context>
<context>
    <name>TensorFile</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: not an ONNX TensorProto</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：不是 ONNX TensorProto</translation>
    </message>
    <message>
        <source>%1: tensors with external data are not supported as inputs</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：不支持将使用外部数据的张量作为输入</translation>
    </message>
    <message>
        <source>%1: element type %2 is not supported</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：不支持元素类型 %2</translation>
    </message>
    <message>
        <source>%1: holds %2 bytes of data, its shape needs %3</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：包含 %2 字节数据，但其形状需要 %3 字节</translation>
    </message>
    <message>
        <source>%1: raw file of %2 bytes, but %3 %4[%5] needs %6 bytes</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：原始文件为 %2 字节，但 %3 %4[%5] 需要 %6 字节</translation>
    </message>
    <message>
        <source>%1: unknown format</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：未知格式</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <extracomment>core/engine/TensorFile.cpp</extracomment>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>TensorValues</name>
    <message>
        <source>values of this element type cannot be shown as numbers</source>
        <extracomment>core/TensorValues.cpp</extracomment>
        <translation>此元素类型的值无法显示为数字</translation>
    </message>
    <message>
        <source>values of this element type cannot be summarized</source>
        <extracomment>core/TensorValues.cpp</extracomment>
        <translation>此元素类型的值无法汇总统计</translation>
    </message>
    <message>
        <source>tensor &apos;%1&apos; holds %2 bytes, its shape needs %3</source>
        <extracomment>core/TensorValues.cpp</extracomment>
        <translation>张量“%1”包含 %2 字节，但其形状需要 %3 字节</translation>
    </message>
</context>
<context>
    <name>TrtexecBackend</name>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>TensorRT (trtexec)</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>TensorRT（trtexec）</translation>
    </message>
    <message>
        <source>trtexec was not found on PATH (nor in $MODELLENS_TRTEXEC). It comes with NVIDIA TensorRT (https://developer.nvidia.com/tensorrt, in its bin/ folder; Debian/Ubuntu package libnvinfer-bin puts it in /usr/src/tensorrt/bin) and needs an NVIDIA GPU; add its folder to PATH or set its path in the settings.</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>在 PATH 中（以及 $MODELLENS_TRTEXEC 中）找不到 trtexec。它随 NVIDIA TensorRT 提供（https://developer.nvidia.com/tensorrt，位于其 bin/ 文件夹中；Debian/Ubuntu 的 libnvinfer-bin 软件包会将它安装到 /usr/src/tensorrt/bin），并且需要 NVIDIA GPU；请将其所在文件夹加入 PATH，或在设置中指定它的路径。</translation>
    </message>
    <message>
        <source>%1 is not an executable file; point the setting at trtexec from TensorRT&apos;s bin/ folder.</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>%1 不是可执行文件；请将该设置指向 TensorRT 的 bin/ 文件夹中的 trtexec。</translation>
    </message>
    <message>
        <source>unknown precision &quot;%1&quot; for trtexec (%2)</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>trtexec 不支持的精度“%1”（%2）</translation>
    </message>
    <message>
        <source>trtexec could not build the engine</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>trtexec 无法构建推理引擎</translation>
    </message>
    <message>
        <source>trtexec could not run the engine</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>trtexec 无法运行推理引擎</translation>
    </message>
    <message>
        <source>trtexec warms up for a time, not a count: it warmed up for %1 ms</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>trtexec 的预热以时长而非次数计：本次预热了 %1 ms</translation>
    </message>
    <message>
        <source>this trtexec&apos;s --exportTimes includes warm-up queries; those in the first %1 ms were left out</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>此版本 trtexec 的 --exportTimes 包含预热阶段的推理；前 %1 ms 内的记录已被排除</translation>
    </message>
    <message>
        <source>GPU compute time is unstable (coefficient of variation %1%, trtexec warns above 1%)</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>GPU 计算时间不稳定（变异系数 %1%，trtexec 在超过 1% 时会发出警告）</translation>
    </message>
    <message>
        <source>end-to-end here is the GPU compute time of the unprofiled run</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>此处的端到端时间是未开启逐层分析的那次运行的 GPU 计算时间</translation>
    </message>
    <message>
        <source>the engine an earlier round built is gone: %1</source>
        <extracomment>core/engine/TrtexecBackend.cpp</extracomment>
        <translation>前一轮构建的引擎已不存在：%1</translation>
    </message>
</context>
<context>
    <name>TrtexecLayerMapper</name>
    <message numerus="yes">
        <source>%n engine layer(s) could not be tied to a model node; they are listed under their own names</source>
        <extracomment>core/engine/TrtexecLayerMapper.cpp</extracomment>
        <translation>
            <numerusform>有 %n 个引擎层无法对应到模型节点，已按其自身名称单独列出</numerusform>
        </translation>
    </message>
    <message>
        <source>this trtexec writes no per-layer medians: the medians shown are means</source>
        <extracomment>core/engine/TrtexecLayerMapper.cpp</extracomment>
        <translation>此版本 trtexec 不输出逐层中位数：显示的中位数实为均值</translation>
    </message>
    <message>
        <source>removed nodes here are those no engine layer names: folded, fused without a trace, or inside an unnamed region</source>
        <extracomment>core/engine/TrtexecLayerMapper.cpp</extracomment>
        <translation>此处“已移除”的节点是指没有任何引擎层提及的节点：已被常量折叠、融合后未留痕迹，或位于未命名区域内</translation>
    </message>
</context>
<context>
    <name>TrtexecReports</name>
    <message>
        <source>%1: not valid JSON: %2 at offset %3</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>%1：不是有效的 JSON：偏移 %3 处%2</translation>
    </message>
    <message>
        <source>the --exportTimes file</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>--exportTimes 文件</translation>
    </message>
    <message>
        <source>the --exportTimes file is not a JSON array</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>--exportTimes 文件不是 JSON 数组</translation>
    </message>
    <message>
        <source>the --exportProfile file</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>--exportProfile 文件</translation>
    </message>
    <message>
        <source>the --exportProfile file is not a JSON array</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>--exportProfile 文件不是 JSON 数组</translation>
    </message>
    <message>
        <source>the --exportLayerInfo file</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>--exportLayerInfo 文件</translation>
    </message>
    <message>
        <source>the --exportLayerInfo file has no &quot;Layers&quot;</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>--exportLayerInfo 文件中没有“Layers”</translation>
    </message>
    <message>
        <source>the --exportOutput file</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>--exportOutput 文件</translation>
    </message>
    <message>
        <source>output %1: %2</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>输出 %1：%2</translation>
    </message>
    <message>
        <source>output %1: %2 values for dimensions %3</source>
        <extracomment>core/engine/TrtexecReports.cpp</extracomment>
        <translation>输出 %1：%2 个值与维度 %3 不符</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>usage: modellens-cli edit MODEL -o OUT [operations...]
Applies the operations in order, then saves to OUT atomically. If one fails, nothing is
written and the exit status is 2. The operations are the GUI&apos;s edits:
  --rename-node OLD=NEW            rename a node
  --rename-tensor OLD=NEW          rename a tensor everywhere it is used (inputs and outputs too)
  --set-attr NODE:NAME=VALUE       set an attribute (1, 0.5, text, [1,2,3])
  --remove-attr NODE:NAME          remove an attribute
  --add-node OP[@DOMAIN]:IN1,IN2[:OUT1,OUT2[:NAME]]  add a node, attributes from the schema&apos;s defaults
  --delete-node NAME[:tail|:bypass]  delete a node (alone, with what only it feeds, or bypassed)
  --add-output TENSOR              make a tensor a graph output
  --remove-output NAME             remove a graph output
  --set-dim VALUE:AXIS=DIM         set a dimension of an input or output (number, symbol or ?)
  --rename-symbol OLD=NEW          rename a dimension symbol everywhere
  --make-batch-dynamic[=SYMBOL]    first dimension of every input and output becomes SYMBOL (batch)
  --fix-symbols N                  every dimension symbol becomes N
  --replace-initializer NAME=FILE.npy  new values for an initializer (same shape and type)
  --set-scalar NAME=VALUE          set a one-element initializer
  --cleanup                        remove unused nodes, initializers and value_info
  --toposort                       sort nodes topologically
  --upgrade-opset N                convert to opset N with ONNX&apos;s version converter
</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>用法：modellens-cli edit MODEL -o OUT [操作...]
按顺序执行各项操作，然后以原子方式保存到 OUT。任何一项失败都不会写入文件，
退出状态为 2。这些操作与图形界面中的编辑相同：
  --rename-node OLD=NEW            重命名节点
  --rename-tensor OLD=NEW          在所有用到它的地方重命名张量（包括输入和输出）
  --set-attr NODE:NAME=VALUE       设置属性（1、0.5、文本、[1,2,3]）
  --remove-attr NODE:NAME          删除属性
  --add-node OP[@DOMAIN]:IN1,IN2[:OUT1,OUT2[:NAME]]  添加节点，属性取算子定义中的默认值
  --delete-node NAME[:tail|:bypass]  删除节点（仅删除它本身、连同只由它供给的下游，或旁路它）
  --add-output TENSOR              将张量设为图输出
  --remove-output NAME             删除图输出
  --set-dim VALUE:AXIS=DIM         设置输入或输出的某个维度（数字、符号或 ?）
  --rename-symbol OLD=NEW          在所有位置重命名维度符号
  --make-batch-dynamic[=SYMBOL]    将每个输入和输出的第一个维度设为 SYMBOL（默认 batch）
  --fix-symbols N                  将所有维度符号固定为 N
  --replace-initializer NAME=FILE.npy  替换初始化器的值（形状和类型须相同）
  --set-scalar NAME=VALUE          设置单元素初始化器的值
  --cleanup                        删除未使用的节点、初始化器和 value_info
  --toposort                       按拓扑顺序排列节点
  --upgrade-opset N                使用 ONNX 的版本转换器转换到 opset N
</translation>
    </message>
    <message>
        <source>%1 %2: malformed (see modellens-cli edit --help)</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>%1 %2：格式错误（参见 modellens-cli edit --help）</translation>
    </message>
    <message>
        <source>unknown option %1 (see modellens-cli edit --help)</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>未知选项 %1（参见 modellens-cli edit --help）</translation>
    </message>
    <message>
        <source>modellens-cli edit: %1 needs a value</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>modellens-cli edit：%1 需要一个值</translation>
    </message>
    <message>
        <source>modellens-cli edit: one model at a time (%1 and %2)</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>modellens-cli edit：一次只能处理一个模型（却给出了 %1 和 %2）</translation>
    </message>
    <message>
        <source>modellens-cli edit: %1</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>modellens-cli edit：%1</translation>
    </message>
    <message>
        <source>usage: modellens-cli edit MODEL -o OUT [operations...] (see --help)</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>用法：modellens-cli edit MODEL -o OUT [操作...]（参见 --help）</translation>
    </message>
    <message>
        <source>modellens-cli edit: %1: %2; nothing was written</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>modellens-cli edit：%1：%2；未写入任何内容</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Summarize an ONNX model.</source>
        <extracomment>app/cli/InspectCommand.cpp</extracomment>
        <translation>汇总 ONNX 模型的信息。</translation>
    </message>
    <message>
        <source>The .onnx file.</source>
        <extracomment>app/cli/InspectCommand.cpp</extracomment>
        <translation>.onnx 文件。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <extracomment>app/cli/InspectCommand.cpp</extracomment>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>usage: modellens-cli inspect MODEL [--json]</source>
        <extracomment>app/cli/InspectCommand.cpp</extracomment>
        <translation>用法：modellens-cli inspect MODEL [--json]</translation>
    </message>
    <message>
        <source>Draw a model&apos;s graph as SVG or PNG, without a display.</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>将模型的图绘制为 SVG 或 PNG，无需显示器。</translation>
    </message>
    <message>
        <source>The .svg or .png to write.</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>要写入的 .svg 或 .png 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>文件</translation>
    </message>
    <message>
        <source>Every node, however large the graph.</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>显示每个节点，无论图有多大。</translation>
    </message>
    <message>
        <source>Group nodes by name scope, however small the graph.</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>按名称作用域将节点分组，无论图有多小。</translation>
    </message>
    <message>
        <source>Lay out left to right.</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>从左到右布局。</translation>
    </message>
    <message>
        <source>PNG pixels per point (default 2).</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>PNG 每点的像素数（默认 2）。</translation>
    </message>
    <message>
        <source>factor</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>倍数</translation>
    </message>
    <message>
        <source>usage: modellens-cli render MODEL -o out.svg|out.png [--flat|--hierarchy] [--horizontal]</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>用法：modellens-cli render MODEL -o out.svg|out.png [--flat|--hierarchy] [--horizontal]</translation>
    </message>
    <message>
        <source>%1: layout failed: %2</source>
        <extracomment>app/cli/RenderCommand.cpp</extracomment>
        <translation>%1：布局失败：%2</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <extracomment>app/cli/main.cpp</extracomment>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>profile failed: %1</source>
        <extracomment>app/cli/ProfileCommand.cpp</extracomment>
        <translation>性能测试失败：%1</translation>
    </message>
    <message>
        <source>the comparison run (%1) failed: %2</source>
        <extracomment>app/cli/ProfileCommand.cpp</extracomment>
        <translation>对比运行（%1）失败：%2</translation>
    </message>
    <message>
        <source>
--- with %1 ---
</source>
        <extracomment>app/cli/ProfileCommand.cpp</extracomment>
        <translation>
--- 使用 %1 ---
</translation>
    </message>
    <message>
        <source>%1 wants a whole number of at least %2, not &quot;%3&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>%1 需要不小于 %2 的整数，而不是“%3”</translation>
    </message>
    <message>
        <source>%1 wants a positive number of seconds, not &quot;%2&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>%1 需要正数秒数，而不是“%2”</translation>
    </message>
    <message>
        <source>unknown optimization level &quot;%1&quot; (none, basic, extended, all)</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>未知的优化级别“%1”（可选 none、basic、extended、all）</translation>
    </message>
    <message>
        <source>Build an inference engine for an ONNX model, run it in a child process, and report latency statistics, memory and (with --per-layer) the time of every node.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>为 ONNX 模型构建推理引擎，在子进程中运行，并报告延迟统计、内存以及（使用 --per-layer 时）每个节点的耗时。</translation>
    </message>
    <message>
        <source>ort (ONNX Runtime, default) or trtexec (TensorRT).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>ort（ONNX Runtime，默认）或 trtexec（TensorRT）。</translation>
    </message>
    <message>
        <source>Shapes of inputs with dynamic dims, trtexec syntax: in:1x3x224x224,mask:1x128. Others get defaults (see --plan).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>含动态维度的输入的形状，采用 trtexec 语法：in:1x3x224x224,mask:1x128。其余输入使用默认值（参见 --plan）。</translation>
    </message>
    <message>
        <source>trtexec: smallest shapes the engine accepts (default: the dynamic batch from 1).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>trtexec：引擎可接受的最小形状（默认：动态批次从 1 开始）。</translation>
    </message>
    <message>
        <source>trtexec: largest shapes the engine accepts (default: --shapes).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>trtexec：引擎可接受的最大形状（默认：--shapes）。</translation>
    </message>
    <message>
        <source>Values per input: name:file.npy|file.pb|file.bin, name:=VALUE (every element), name:LOW..HIGH (random range). Default: random, see --seed.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>各输入的取值：name:file.npy|file.pb|file.bin、name:=VALUE（所有元素取同一值）、name:LOW..HIGH（随机范围）。默认：随机，参见 --seed。</translation>
    </message>
    <message>
        <source>Seed of the random inputs (default 0).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>随机输入的种子（默认 0）。</translation>
    </message>
    <message>
        <source>ONNX Runtime intra-op threads (default: one per core).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>ONNX Runtime 的算子内（intra-op）线程数（默认：每个核心一个）。</translation>
    </message>
    <message>
        <source>ONNX Runtime inter-op threads.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>ONNX Runtime 的算子间（inter-op）线程数。</translation>
    </message>
    <message>
        <source>ONNX Runtime parallel execution mode (default sequential).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>ONNX Runtime 的并行执行模式（默认顺序执行）。</translation>
    </message>
    <message>
        <source>Turn off ONNX Runtime&apos;s thread spinning (steadier on busy machines).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>关闭 ONNX Runtime 的线程自旋（在繁忙的机器上结果更稳定）。</translation>
    </message>
    <message>
        <source>ONNX Runtime graph optimization: none, basic, extended, all (default).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>ONNX Runtime 图优化级别：none、basic、extended、all（默认）。</translation>
    </message>
    <message>
        <source>ONNX Runtime execution provider (default CPUExecutionProvider; see --list-backends).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>ONNX Runtime 执行提供程序（默认 CPUExecutionProvider；参见 --list-backends）。</translation>
    </message>
    <message>
        <source>Warm-up iterations (default 5).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>预热迭代次数（默认 5）。</translation>
    </message>
    <message>
        <source>Warm up for this many seconds instead.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>改为预热指定的秒数。</translation>
    </message>
    <message>
        <source>Measured iterations (default 100).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>测量的迭代次数（默认 100）。</translation>
    </message>
    <message>
        <source>Measure for this many seconds instead.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>改为测量指定的秒数。</translation>
    </message>
    <message>
        <source>Time every node (in a second, profiled session; latency stays unprofiled).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>测量每个节点的耗时（在另一个开启分析的会话中进行；延迟仍在未开启分析时测量）。</translation>
    </message>
    <message>
        <source>Save the graph ONNX Runtime actually runs.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>保存 ONNX Runtime 实际运行的图。</translation>
    </message>
    <message>
        <source>Save the first run&apos;s outputs as .npy files into this folder.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>将第一次运行的输出以 .npy 文件保存到此文件夹。</translation>
    </message>
    <message>
        <source>trtexec precision flags: fp16,bf16,int8,fp8,best,noTF32,stronglyTyped.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>trtexec 精度选项：fp16,bf16,int8,fp8,best,noTF32,stronglyTyped。</translation>
    </message>
    <message>
        <source>trtexec workspace in MiB.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>trtexec 工作空间大小（MiB）。</translation>
    </message>
    <message>
        <source>trtexec timing cache file.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>trtexec 计时缓存文件。</translation>
    </message>
    <message>
        <source>trtexec: where to keep the built .engine.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>trtexec：构建出的 .engine 文件的保存位置。</translation>
    </message>
    <message>
        <source>Path of trtexec (default: PATH, then $MODELLENS_TRTEXEC).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>trtexec 的路径（默认依次查找 PATH 和 $MODELLENS_TRTEXEC）。</translation>
    </message>
    <message>
        <source>Address-space limit of the engine process in MB.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>推理引擎进程的地址空间上限（MB）。</translation>
    </message>
    <message>
        <source>Run again with these changes and compare outputs: backend=trtexec,opt-level=none,threads=2,ep=NAME,precision=fp16+int8.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>按这些改动再运行一次并比较输出：backend=trtexec,opt-level=none,threads=2,ep=NAME,precision=fp16+int8。</translation>
    </message>
    <message>
        <source>Comparison tolerance ATOL[,RTOL] (default 1e-4,1e-3; |a-b| &lt;= atol + rtol*|b|).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>比较容差 ATOL[,RTOL]（默认 1e-4,1e-3；|a-b| &lt;= atol + rtol*|b|）。</translation>
    </message>
    <message>
        <source>Rows of the per-layer table in text output (default 25, 0: all).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>文本输出中逐层表格的行数（默认 25，0 表示全部）。</translation>
    </message>
    <message>
        <source>Show the inputs as they would run (defaults marked) and stop.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>显示将要使用的输入（标出默认值），然后停止。</translation>
    </message>
    <message>
        <source>Say which backends can run here, and what is missing for the others.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>列出本机可以运行的后端，以及其他后端缺少什么。</translation>
    </message>
    <message>
        <source>usage: modellens-cli profile MODEL [options] (see --help)</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>用法：modellens-cli profile MODEL [选项]（参见 --help）</translation>
    </message>
    <message>
        <source>--backend is ort or trtexec, not &quot;%1&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>--backend 应为 ort 或 trtexec，而不是“%1”</translation>
    </message>
    <message>
        <source>--seed wants a whole number, not &quot;%1&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>--seed 需要整数，而不是“%1”</translation>
    </message>
    <message>
        <source>--iterations and --duration exclude each other</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>--iterations 与 --duration 不能同时使用</translation>
    </message>
    <message>
        <source>--opt-level is none, basic, extended or all, not &quot;%1&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>--opt-level 应为 none、basic、extended 或 all，而不是“%1”</translation>
    </message>
    <message>
        <source>--tolerance wants ATOL[,RTOL], not &quot;%1&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>--tolerance 需要 ATOL[,RTOL]，而不是“%1”</translation>
    </message>
    <message>
        <source>inputs (* = default value for a dynamic dimension; set with --shapes):
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>输入（* = 动态维度使用的默认值；可用 --shapes 设置）：
</translation>
    </message>
    <message>
        <source>backend: %1 %2</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>后端：%1 %2</translation>
    </message>
    <message>
        <source> (%1, optimization %2, %3 intra-op threads)</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>（%1，优化级别 %2，%3 个算子内线程）</translation>
    </message>
    <message>
        <source>default</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>默认</translation>
    </message>
    <message>
        <source>build: %1 ms   first run: %2
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>构建：%1 ms   首次运行：%2
</translation>
    </message>
    <message>
        <source>not reported</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>未报告</translation>
    </message>
    <message>
        <source>measured: %1 iterations in %2 s after %3 warm-up
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>测量：预热 %3 后，在 %2 秒内运行了 %1 次迭代
</translation>
    </message>
    <message>
        <source>latency ms: min %1  median %2  mean %3  p90 %4  p95 %5  p99 %6  max %7
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>延迟（ms）：最小 %1  中位数 %2  均值 %3  p90 %4  p95 %5  p99 %6  最大 %7
</translation>
    </message>
    <message>
        <source>stddev %1 ms  cv %2%  throughput %3/s  peak memory %4 MB
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>标准差 %1 ms  变异系数 %2%  吞吐量 %3/s  内存峰值 %4 MB
</translation>
    </message>
    <message>
        <source>%1 ms: median %2  mean %3
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>%1 ms：中位数 %2  均值 %3
</translation>
    </message>
    <message>
        <source>warning: %1
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>警告：%1
</translation>
    </message>
    <message>
        <source>optimized graph: %1
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>优化后的图：%1
</translation>
    </message>
    <message>
        <source>
per layer (%1 profiled runs; mean ms per run):
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>
逐层耗时（分析运行 %1 次；每次运行的平均 ms）：
</translation>
    </message>
    <message>
        <source>mean</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>均值</translation>
    </message>
    <message>
        <source>median</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>中位数</translation>
    </message>
    <message>
        <source>share</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>占比</translation>
    </message>
    <message>
        <source>op</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>算子</translation>
    </message>
    <message>
        <source>node</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>节点</translation>
    </message>
    <message>
        <source>  ... %1 more rows (--top 0 shows all)
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>  …… 还有 %1 行（--top 0 显示全部）
</translation>
    </message>
    <message>
        <source>  (+ %1)</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>  （+ %1）</translation>
    </message>
    <message>
        <source>  [not in the model]</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>  [不在模型中]</translation>
    </message>
    <message>
        <source>
by operator:
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>
按算子统计：
</translation>
    </message>
    <message>
        <source>
sum of layers %1 ms, end-to-end %2 ms (same runs), gap %3 ms
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>
各层合计 %1 ms，端到端 %2 ms（同一批运行），差值 %3 ms
</translation>
    </message>
    <message>
        <source>%1 model nodes ran as no kernel of their own (folded into constants or eliminated)
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>%1 个模型节点没有作为独立内核运行（已折叠为常量或被消除）
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>
outputs compared (|a-b| &lt;= %1 + %2*|b|):
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>
输出比较（|a-b| &lt;= %1 + %2*|b|）：
</translation>
    </message>
    <message>
        <source>  %1: %2
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>  %1：%2
</translation>
    </message>
    <message>
        <source>  %1: max abs %2, max rel %3, %4 of %5 outside: %6
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>  %1：最大绝对误差 %2，最大相对误差 %3，%5 个中有 %4 个超出容差：%6
</translation>
    </message>
    <message>
        <source>pass</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>不通过</translation>
    </message>
    <message>
        <source>%1: not available: %2
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>%1：不可用：%2
</translation>
    </message>
    <message>
        <source>%1: %2 %3
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>%1：%2 %3
</translation>
    </message>
    <message>
        <source>  execution providers: %1
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>  执行提供程序：%1
</translation>
    </message>
    <message>
        <source>Runs of the per-layer profile (default: as many as measured, at most 200).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>逐层分析的运行次数（默认：与测量次数相同，最多 200）。</translation>
    </message>
    <message>
        <source>The history database (default: $MODELLENS_DB, the setting, then history.sqlite in the data folder).</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>历史数据库（默认：$MODELLENS_DB、设置中的路径，然后是数据文件夹中的 history.sqlite）。</translation>
    </message>
    <message>
        <source>List the stored runs, newest first.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>列出已保存的运行，最新的在前。</translation>
    </message>
    <message>
        <source>Runs of this model: its path, or part of its name.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>此模型的运行：其路径或名称的一部分。</translation>
    </message>
    <message>
        <source>Runs of a model version: a sha256 prefix (6+) or its label.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>某个模型版本的运行：sha256 前缀（至少 6 位）或其标签。</translation>
    </message>
    <message>
        <source>Runs with this tag.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>带有此标签的运行。</translation>
    </message>
    <message>
        <source>Runs that are the named baseline of their model.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>作为其模型命名基线的运行。</translation>
    </message>
    <message>
        <source>Runs started at or after DATE (2026-03-01, ISO 8601, or 7d, 12h).</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>在 DATE 或之后开始的运行（2026-03-01、ISO 8601，或 7d、12h）。</translation>
    </message>
    <message>
        <source>Runs started before DATE.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>在 DATE 之前开始的运行。</translation>
    </message>
    <message>
        <source>onnxruntime or tensorrt.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>onnxruntime 或 tensorrt。</translation>
    </message>
    <message>
        <source>completed, failed or cancelled.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>completed、failed 或 cancelled。</translation>
    </message>
    <message>
        <source>Runs on the machine of this fingerprint (prefix).</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>在具有此指纹（前缀）的机器上的运行。</translation>
    </message>
    <message>
        <source>Runs with this settings hash (prefix).</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>具有此设置哈希（前缀）的运行。</translation>
    </message>
    <message>
        <source>At most N runs (default 50; 0: all).</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>最多 N 次运行（默认 50；0 表示全部）。</translation>
    </message>
    <message>
        <source>started, mean, median, duration or model.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>started、mean、median、duration 或 model。</translation>
    </message>
    <message>
        <source>Oldest (smallest) first.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>最早（最小）的在前。</translation>
    </message>
    <message>
        <source>Print one JSON array.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>输出一个 JSON 数组。</translation>
    </message>
    <message>
        <source>usage: modellens-cli history [--db F] [--model M] [--tag T] [--since DATE] [--json]</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>用法：modellens-cli history [--db F] [--model M] [--tag T] [--since DATE] [--json]</translation>
    </message>
    <message>
        <source>not a date: %1 (give 2026-03-01, an ISO 8601 time, or 7d / 12h)</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>不是日期：%1（请给出 2026-03-01、ISO 8601 时间，或 7d / 12h）</translation>
    </message>
    <message>
        <source>not a status: %1 (completed, failed, cancelled)</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>不是状态：%1（completed、failed、cancelled）</translation>
    </message>
    <message>
        <source>--limit takes a count: %1</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>--limit 需要一个数量：%1</translation>
    </message>
    <message>
        <source>--sort takes started, mean, median, duration or model: %1</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>--sort 可取 started、mean、median、duration 或 model：%1</translation>
    </message>
    <message>
        <source>no runs in %1 match</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>%1 中没有匹配的运行</translation>
    </message>
    <message>
        <source>Tag a stored run (and set its note).</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>为已保存的运行添加标签（并设置备注）。</translation>
    </message>
    <message>
        <source>Set the run&apos;s note (empty: remove it).</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>设置运行的备注（为空则删除）。</translation>
    </message>
    <message>
        <source>Remove the tags instead.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>改为移除这些标签。</translation>
    </message>
    <message>
        <source>A run id, a unique prefix of one, last or last~N.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>运行 ID、其唯一前缀、last 或 last~N。</translation>
    </message>
    <message>
        <source>Tags.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>标签。</translation>
    </message>
    <message>
        <source>usage: modellens-cli tag RUN TAG... [--note TEXT] [--remove] [--db F]</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>用法：modellens-cli tag RUN TAG... [--note TEXT] [--remove] [--db F]</translation>
    </message>
    <message>
        <source>Make a run the named baseline of its model (main, v2.1, ...).</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>把一次运行设为其模型的命名基线（main、v2.1 等）。</translation>
    </message>
    <message>
        <source>Remove the baseline from the run instead.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>改为从该运行上移除基线。</translation>
    </message>
    <message>
        <source>The baseline&apos;s name.</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>基线的名称。</translation>
    </message>
    <message>
        <source>usage: modellens-cli baseline NAME RUN [--remove] [--db F]</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>用法：modellens-cli baseline NAME RUN [--remove] [--db F]</translation>
    </message>
    <message>
        <source>%1 is no longer baseline %2</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>%1 不再是基线 %2</translation>
    </message>
    <message>
        <source>%1 is now baseline %2</source>
        <extracomment>app/cli/HistoryCommand.cpp</extracomment>
        <translation>%1 现在是基线 %2</translation>
    </message>
    <message>
        <source>Store runs made elsewhere: trtexec&apos;s --exportTimes, --exportProfile, --exportLayerInfo and console log (given together they are one run), an ONNX Runtime profile, onnxruntime_perf_test&apos;s result file, modellens-cli profile --json.</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>保存在别处完成的运行：trtexec 的 --exportTimes、--exportProfile、--exportLayerInfo 和控制台日志（一起给出时视为一次运行）、ONNX Runtime 性能分析文件、onnxruntime_perf_test 的结果文件、modellens-cli profile --json。</translation>
    </message>
    <message>
        <source>The history database.</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>历史数据库。</translation>
    </message>
    <message>
        <source>The model the runs were made of (maps layers to nodes; the run&apos;s version).</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>运行所用的模型（用于把层映射到节点，并确定运行的版本）。</translation>
    </message>
    <message>
        <source>Tag the imported runs (repeatable).</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>为导入的运行添加标签（可重复）。</translation>
    </message>
    <message>
        <source>A note on the imported runs.</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>导入运行的备注。</translation>
    </message>
    <message>
        <source>Print a JSON array of the stored runs.</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>以 JSON 数组输出已保存的运行。</translation>
    </message>
    <message>
        <source>The files to import.</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>要导入的文件。</translation>
    </message>
    <message>
        <source>usage: modellens-cli import FILE... [--model M] [--db F]</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>用法：modellens-cli import FILE... [--model M] [--db F]</translation>
    </message>
    <message>
        <source>stored %1 (%2 from %3)</source>
        <extracomment>app/cli/ImportCommand.cpp</extracomment>
        <translation>已保存 %1（%2，来自 %3）</translation>
    </message>
    <message>
        <source>warning: the run was not stored in the history: %1</source>
        <extracomment>app/cli/ProfileCommand.cpp</extracomment>
        <translation>警告：运行未保存到历史记录：%1</translation>
    </message>
    <message>
        <source>stored in the history as run %1 (%2)</source>
        <extracomment>app/cli/ProfileCommand.cpp</extracomment>
        <translation>已作为运行 %1 保存到历史记录（%2）</translation>
    </message>
    <message>
        <source>The run history to store the runs in (default: $MODELLENS_DB, else history.sqlite in the data folder).</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>保存运行的历史数据库（默认：$MODELLENS_DB，否则为数据文件夹中的 history.sqlite）。</translation>
    </message>
    <message>
        <source>Do not store the runs in the history.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>不把运行保存到历史记录。</translation>
    </message>
    <message>
        <source>  report RUN [RUN...] [--format html|md|csv|json] [-o FILE]  a report of a run, or a comparison
</source>
        <extracomment>app/cli/main.cpp</extracomment>
        <translation>  report RUN [RUN...] [--format html|md|csv|json] [-o FILE]  一次运行的报告，或多次运行的比较
</translation>
    </message>
    <message>
        <source>%1: cannot tell the report format from the file name; give --format html, md, csv or json</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>%1：无法从文件名判断报告格式；请指定 --format html、md、csv 或 json</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>%1：无法写入报告：%2</translation>
    </message>
    <message>
        <source>Runs: an id, an id prefix, last, last~N.</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>运行：ID、ID 前缀、last、last~N。</translation>
    </message>
    <message>
        <source>The file to write; - for standard output (the default).</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>要写入的文件；- 表示标准输出（默认）。</translation>
    </message>
    <message>
        <source>Write a report of a stored run, or of several runs each compared with the first: self-contained HTML, Markdown for a pull request, CSV of the layers, or JSON of everything.</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>为一次已存储的运行生成报告，或为多次运行生成报告（每次都与第一次比较）：自包含的 HTML、用于拉取请求的 Markdown、各层的 CSV，或包含全部内容的 JSON。</translation>
    </message>
    <message>
        <source>cannot write the report to standard output</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>无法将报告写入标准输出</translation>
    </message>
    <message>
        <source>html, md, csv or json (default: from the suffix of -o, else md).</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>html、md、csv 或 json（默认：取自 -o 的后缀，否则为 md）。</translation>
    </message>
    <message>
        <source>not a report format: %1 (html, md, csv, json)</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>不是报告格式：%1（html、md、csv、json）</translation>
    </message>
    <message>
        <source>usage: modellens-cli report RUN [RUN...] [--db F] [--format html|md|csv|json] [-o FILE]</source>
        <extracomment>app/cli/ReportCommand.cpp</extracomment>
        <translation>用法：modellens-cli report RUN [RUN...] [--db F] [--format html|md|csv|json] [-o FILE]</translation>
    </message>
    <message>
        <source>Compare stored runs: each run after the first against the first (the baseline). Differences in model version, machine, engine and settings come first, then the verdict on the median (round medians, Mann-Whitney U and a bootstrap interval), on p99, and on every layer.</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>比较已保存的运行：第一次之后的每次运行都与第一次（基线）比较。先列出模型版本、机器、引擎和设置的差异，再给出中位数的结论（各轮中位数、Mann-Whitney U 检验和自助法区间）、p99 的结论以及每一层的结论。</translation>
    </message>
    <message>
        <source>Print one JSON array, one comparison per run after the first.</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>输出一个 JSON 数组，第一次之后的每次运行一个比较。</translation>
    </message>
    <message>
        <source>Exit with 3 when a verdict is slower (for CI gates).</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>结论为变慢时以 3 退出（用于 CI 门禁）。</translation>
    </message>
    <message>
        <source>Layers shown when none changed (default 10, 0: all).</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>没有层变化时显示的层数（默认 10，0：全部）。</translation>
    </message>
    <message>
        <source>Runs: ids, unique prefixes, last or last~N; the first is the baseline.</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>运行：ID、唯一前缀、last 或 last~N；第一个是基线。</translation>
    </message>
    <message>
        <source>usage: modellens-cli compare RUN RUN... [--db F] [--json] [--fail-on slower]</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>用法：modellens-cli compare RUN RUN... [--db F] [--json] [--fail-on slower]</translation>
    </message>
    <message>
        <source>--fail-on takes slower, not &quot;%1&quot;</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>--fail-on 只接受 slower，而不是“%1”</translation>
    </message>
    <message>
        <source>--top takes a count: %1</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>--top 需要一个数目：%1</translation>
    </message>
    <message>
        <source>usage: modellens-cli ab MODEL_A [MODEL_B] [--a KEY=VALUE,...] [--b KEY=VALUE,...] [--rounds N] [--db F] [--json] [profile options]</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>用法：modellens-cli ab MODEL_A [MODEL_B] [--a KEY=VALUE,...] [--b KEY=VALUE,...] [--rounds N] [--db F] [--json] [profile 选项]</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>%1 需要一个值</translation>
    </message>
    <message>
        <source>Runs A and B in alternating rounds (A B B A A B ...), each round a fresh engine, stores both runs and prints the verdict on B against A. KEY=VALUE: backend, opt-level, threads, inter-threads, ep or provider, precision, iterations, duration, warmup, spinning, seed. Other options are those of profile (see profile --help) and apply to both sides.
</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>按交替的轮次运行 A 和 B（A B B A A B ……），每轮使用全新的引擎，保存两次运行并输出 B 相对 A 的结论。KEY=VALUE：backend、opt-level、threads、inter-threads、ep 或 provider、precision、iterations、duration、warmup、spinning、seed。其他选项与 profile 相同（参见 profile --help），对两侧都生效。
</translation>
    </message>
    <message>
        <source>--rounds wants a whole number of at least 1, not &quot;%1&quot;</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>--rounds 需要不小于 1 的整数，而不是“%1”</translation>
    </message>
    <message>
        <source>note: A and B are the same model with the same settings (give MODEL_B, --a or --b)</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>注意：A 和 B 是同一个模型、同样的设置（请给出 MODEL_B、--a 或 --b）</translation>
    </message>
    <message>
        <source>ab failed: %1</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>ab 失败：%1</translation>
    </message>
    <message>
        <source>ab: the runs could not be stored in the history: %1</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>ab：无法把运行保存到历史中：%1</translation>
    </message>
    <message>
        <source>A/B in %1 rounds a side (A B B A ...); stored as runs %2 (A) and %3 (B) in %4

</source>
        <extracomment>app/cli/CompareCommand.cpp</extracomment>
        <translation>A/B 每侧 %1 轮（A B B A ……）；已保存为 %4 中的运行 %2（A）和 %3（B）

</translation>
    </message>
    <message>
        <source>only in B</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>仅在 B 中</translation>
    </message>
    <message>
        <source>only in A</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>仅在 A 中</translation>
    </message>
    <message>
        <source>A (baseline):  %1
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>A（基线）：%1
</translation>
    </message>
    <message>
        <source>B (candidate): %1
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>B（候选）：%1
</translation>
    </message>
    <message>
        <source>same model version, machine, engine and settings
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>模型版本、机器、引擎和设置都相同
</translation>
    </message>
    <message>
        <source>differences (read these before the numbers):
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>差异（请先看这些，再看数字）：
</translation>
    </message>
    <message>
        <source>round medians ms: A %1 | B %2
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>各轮中位数 ms：A %1 | B %2
</translation>
    </message>
    <message>
        <source>median: %1 -&gt; %2 ms: %3
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>中位数：%1 -&gt; %2 ms：%3
</translation>
    </message>
    <message>
        <source>p99:    %1 -&gt; %2 ms: %3
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>p99：%1 -&gt; %2 ms：%3
</translation>
    </message>
    <message>
        <source>A ms</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>A ms</translation>
    </message>
    <message>
        <source>B ms</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>B ms</translation>
    </message>
    <message>
        <source>delta us</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>差值 us</translation>
    </message>
    <message>
        <source>verdict</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>结论</translation>
    </message>
    <message>
        <source>
layers that changed (%1 of %2, largest first; Benjamini-Hochberg across %3 tested layers):
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>
有变化的层（%2 个中的 %1 个，按变化从大到小；对 %3 个检验过的层做 Benjamini-Hochberg 校正）：
</translation>
    </message>
    <message>
        <source>
no layer changed beyond its noise (%1 tested); the largest deltas:
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>
没有层的变化超出其噪声（检验了 %1 个）；差值最大的几层：
</translation>
    </message>
    <message>
        <source>
layers: averages only, no verdict; the largest deltas:
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>
各层：只有平均值，无结论；差值最大的几层：
</translation>
    </message>
    <message>
        <source>  ... %1 more layers (--top 0 shows all)
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>  ……另有 %1 层（--top 0 显示全部）
</translation>
    </message>
    <message>
        <source>rounds: 1 (one session; drift between sessions not measured)
</source>
        <extracomment>app/cli/ProfileCommand.cpp</extracomment>
        <translation>轮次：1（单个会话；未测量会话之间的漂移）
</translation>
    </message>
    <message>
        <source>rounds: %1, each a fresh engine; round medians ms: %2 (spread %3%)
</source>
        <extracomment>app/cli/ProfileCommand.cpp</extracomment>
        <translation>轮次：%1，每轮使用全新的引擎；各轮中位数 ms：%2（离散度 %3%）
</translation>
    </message>
    <message>
        <source>%1: backend is ort or trtexec, not &quot;%2&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>%1：backend 只能是 ort 或 trtexec，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: spinning is on or off, not &quot;%2&quot;</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>%1：spinning 只能是 on 或 off，而不是“%2”</translation>
    </message>
    <message>
        <source>%1: unknown setting &quot;%2&quot; (backend, opt-level, threads, inter-threads, ep or provider, precision, iterations, duration, warmup, spinning, seed)</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>%1：未知设置“%2”（可用：backend、opt-level、threads、inter-threads、ep 或 provider、precision、iterations、duration、warmup、spinning、seed）</translation>
    </message>
    <message>
        <source>Split the measurement over this many fresh engines (default 5), so that drift between sessions is measured; the iterations are shared out.</source>
        <extracomment>app/cli/ProfileOptions.cpp</extracomment>
        <translation>把测量分配到这么多个全新的引擎上（默认 5），以便测到会话之间的漂移；迭代次数在各轮间分配。</translation>
    </message>
    <message>
        <source>The series of a model (one machine, one set of settings each), oldest run first: each run against the previous run of its series and against the series&apos; baseline; a slower verdict marks a regression.</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>一个模型的各个序列（每个序列对应一台机器、一组设置），最早的运行在前：每次运行都与其序列中的上一次运行以及该序列的基线比较；结论为变慢即标记为性能退化。</translation>
    </message>
    <message>
        <source>Print one JSON array, one object per series.</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>输出一个 JSON 数组，每个序列一个对象。</translation>
    </message>
    <message>
        <source>The model: its path, or part of its name.</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>模型：其路径或其名称的一部分。</translation>
    </message>
    <message>
        <source>usage: modellens-cli trend MODEL [--db F] [--json]</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>用法：modellens-cli trend MODEL [--db F] [--json]</translation>
    </message>
    <message>
        <source>no completed runs of a model matching &quot;%1&quot; in %2</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>%2 中没有与“%1”匹配的模型的已完成运行</translation>
    </message>
    <message>
        <source>series: %1  machine %2  settings %3  %4 %5 %6
</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>序列：%1  机器 %2  设置 %3  %4 %5 %6
</translation>
    </message>
    <message>
        <source>baseline: none (set one with modellens-cli baseline NAME RUN)
</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>基线：无（用 modellens-cli baseline NAME RUN 设置）
</translation>
    </message>
    <message>
        <source>baseline: %1 (%2)
</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>基线：%1（%2）
</translation>
    </message>
    <message>
        <source>%1 runs, %2 regressions
</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>%1 次运行，%2 次性能退化
</translation>
    </message>
    <message>
        <source>run</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>运行</translation>
    </message>
    <message>
        <source>started</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>version</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>版本</translation>
    </message>
    <message>
        <source>median ms</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>中位数 ms</translation>
    </message>
    <message>
        <source>p99 ms</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>p99 ms</translation>
    </message>
    <message>
        <source>vs previous</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>相对上一次</translation>
    </message>
    <message>
        <source>vs baseline</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>相对基线</translation>
    </message>
    <message>
        <source>REGRESSION</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>性能退化</translation>
    </message>
    <message>
        <source>regression at %1: %2
</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>%1 处性能退化：%2
</translation>
    </message>
    <message>
        <source>against %1: %2</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>相对 %1：%2</translation>
    </message>
    <message>
        <source>against the baseline %1: %2</source>
        <extracomment>app/cli/TrendCommand.cpp</extracomment>
        <translation>相对基线 %1：%2</translation>
    </message>
    <message>
        <source>usage: modellens-cli COMMAND [options]
commands:
  inspect MODEL [--json]        summarize a model: inputs, outputs, operators, problems
  edit MODEL -o OUT [edits...]  apply edits in order and save (see edit --help)
  profile MODEL [options]       run the model and measure latency (see profile --help)
  render MODEL -o out.svg|png   draw the graph (see render --help)
  history [--model M] [--tag T] [--since DATE] [--json]  list the stored runs
  import FILE... [--model M]    store runs made elsewhere (trtexec, ORT, perf_test)
  tag RUN TAG... [--note TEXT]  tag a stored run (RUN: id, prefix, last, last~N)
  baseline NAME RUN             make a run the named baseline of its model
  compare RUN RUN... [--json] [--fail-on slower]  verdicts of runs against the first
  ab MODEL_A [MODEL_B] [--a K=V,...] [--b K=V,...]  A/B in alternating rounds, stored
  trend MODEL [--json]          a model&apos;s series and their regressions
  (history commands take --db FILE; default $MODELLENS_DB or history.sqlite)
</source>
        <extracomment>app/cli/main.cpp</extracomment>
        <translation>用法：modellens-cli COMMAND [选项]
命令：
  inspect MODEL [--json]        概览模型：输入、输出、算子、问题
  edit MODEL -o OUT [edits...]  按顺序应用编辑并保存（参见 edit --help）
  profile MODEL [options]       运行模型并测量延迟（参见 profile --help）
  render MODEL -o out.svg|png   绘制计算图（参见 render --help）
  history [--model M] [--tag T] [--since DATE] [--json]  列出已保存的运行
  import FILE... [--model M]    保存在别处完成的运行（trtexec、ORT、perf_test）
  tag RUN TAG... [--note TEXT]  为已保存的运行添加标签（RUN：ID、前缀、last、last~N）
  baseline NAME RUN             把一次运行设为其模型的命名基线
  compare RUN RUN... [--json] [--fail-on slower]  各次运行相对第一次的结论
  ab MODEL_A [MODEL_B] [--a K=V,...] [--b K=V,...]  按交替轮次做 A/B 测量并保存
  trend MODEL [--json]          一个模型的各个序列及其性能退化
  （历史命令接受 --db FILE；默认为 $MODELLENS_DB 或 history.sqlite）
</translation>
    </message>
    <message>
        <source>
layers: too few rounds for a verdict; the largest deltas:
</source>
        <extracomment>app/cli/ComparisonText.cpp</extracomment>
        <translation>
层：轮次太少，无法得出结论；变化最大的层：
</translation>
    </message>
    <message>
        <source>%1: nothing to change</source>
        <extracomment>app/cli/EditCliCommand.cpp</extracomment>
        <translation>%1：没有需要更改的内容</translation>
    </message>
    <message>
        <source>  %1: not available: %2
</source>
        <extracomment>core/report/ProfileReport.cpp</extracomment>
        <translation>  %1：不可用：%2
</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>modellens: no translation for %1; using English</source>
        <translation>modellens：没有 %1 的翻译，将使用英文</translation>
    </message>
    <message>
        <source>Inspect ONNX models for deployment.</source>
        <translation>面向部署，查看 ONNX 模型。</translation>
    </message>
    <message>
        <source>User interface language, e.g. zh_CN or en (default: MODELLENS_LANG, then the system&apos;s).</source>
        <translation>界面语言，例如 zh_CN 或 en（默认依次取 MODELLENS_LANG 和系统设置）。</translation>
    </message>
    <message>
        <source>The ONNX models to open.</source>
        <translation>要打开的 ONNX 模型。</translation>
    </message>
    <message>
        <source>Open a window of its own instead of handing the models to a ModelLens that is running.</source>
        <translation>打开单独的窗口，而不是把模型交给正在运行的 ModelLens。</translation>
    </message>
</context>
<context>
    <name>ml::AbDialog</name>
    <message>
        <source>A/B Run</source>
        <translation>A/B 运行</translation>
    </message>
    <message>
        <source>A is this model with the settings in the run panel. Set up B below: change a setting, or choose another model file. The rounds of A and B alternate (A B B A A B ...), each a fresh engine, so that a drift of the machine falls on both; both runs are stored in the history and compared.</source>
        <translation>A 是本模型加上运行面板中的设置。请在下方设置 B：修改某项设置，或选择另一个模型文件。A 与 B 的轮次交替进行（A B B A A B ...），每轮都是全新的引擎，因此机器的漂移会同样落在两者身上；两次运行都会保存到历史记录并进行比较。</translation>
    </message>
    <message>
        <source>the same model as A</source>
        <translation>与 A 相同的模型</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Model of B:</source>
        <translation>B 的模型：</translation>
    </message>
    <message>
        <source> rounds each</source>
        <translation> 轮（每侧）</translation>
    </message>
    <message>
        <source>Each side&apos;s iterations are shared out over its rounds. With 5 rounds each the test can reach p &lt; 0.01; with fewer the verdict is &quot;not enough data&quot;.</source>
        <translation>每一侧的迭代次数会分摊到它的各轮中。每侧 5 轮时检验可以达到 p &lt; 0.01；轮次更少时结论为“数据不足”。</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>轮次：</translation>
    </message>
    <message>
        <source>Settings of B:</source>
        <translation>B 的设置：</translation>
    </message>
    <message>
        <source>&amp;Start A/B</source>
        <translation>开始 A/B(&amp;S)</translation>
    </message>
    <message>
        <source>Model of B</source>
        <translation>B 的模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
</context>
<context>
    <name>ml::AboutDialog</name>
    <message>
        <source>not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>not installed (the dot program was not found)</source>
        <translation>未安装（找不到 dot 程序）</translation>
    </message>
    <message>
        <source>unknown (%1 -V said nothing)</source>
        <translation>未知（%1 -V 没有输出）</translation>
    </message>
    <message>
        <source>About ModelLens</source>
        <translation>关于 ModelLens</translation>
    </message>
    <message>
        <source>&lt;p&gt;Inspect, edit and profile neural network models for deployment.&lt;/p&gt;&lt;p&gt;Copyright © the ModelLens developers. Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;p&gt;检查、编辑和分析用于部署的神经网络模型。&lt;/p&gt;&lt;p&gt;版权所有 © ModelLens 开发者。依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）授权。本程序不提供任何担保。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Components in use:</source>
        <translation>使用的组件：</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（构建时为 %2）</translation>
    </message>
    <message>
        <source>LGPL-3.0 / GPL-3.0; Qt Charts GPL-3.0</source>
        <translation>LGPL-3.0 / GPL-3.0；Qt Charts 为 GPL-3.0</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>MIT (in the engine process)</source>
        <translation>MIT（在引擎进程中）</translation>
    </message>
    <message>
        <source>EPL-1.0 (the dot program, a separate process)</source>
        <translation>EPL-1.0（dot 程序，独立进程）</translation>
    </message>
</context>
<context>
    <name>ml::AddNodeDialog</name>
    <message>
        <source>Add Node</source>
        <translation>添加节点</translation>
    </message>
    <message>
        <source>empty: named after the node</source>
        <translation>留空：按节点名称命名</translation>
    </message>
    <message>
        <source>Operator (opset %1):</source>
        <translation>算子（opset %1）：</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>Outputs:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>No such operator at opset %1.</source>
        <translation>opset %1 中没有此算子。</translation>
    </message>
    <message>
        <source>%1 (since opset %2): inputs %3; outputs %4</source>
        <translation>%1（自 opset %2 起）：输入 %3；输出 %4</translation>
    </message>
</context>
<context>
    <name>ml::AttributeDialog</name>
    <message>
        <source>Attribute of %1</source>
        <translation>%1 的属性</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>值：</translation>
    </message>
    <message>
        <source>Set on the node: %1</source>
        <translation>已在节点上设置：%1</translation>
    </message>
    <message>
        <source>Schema: %1%2. %3</source>
        <translation>算子定义：%1%2。%3</translation>
    </message>
    <message>
        <source>, required</source>
        <translation>，必需</translation>
    </message>
    <message>
        <source>Not in the schema: the type follows the value (int, float, list, else string).</source>
        <translation>不在算子定义中：类型由值决定（int、float、列表，否则为字符串）。</translation>
    </message>
    <message>
        <source>(a subgraph: enter it on the canvas)</source>
        <translation>（子图：请在画布上进入）</translation>
    </message>
    <message>
        <source>Give the attribute a name.</source>
        <translation>请为属性指定名称。</translation>
    </message>
    <message numerus="yes">
        <source>(%n element(s): see its values in the Tensor panel)</source>
        <translation>
            <numerusform>（%n 个元素：请在“张量”面板中查看其值）</numerusform>
        </translation>
    </message>
    <message>
        <source>Subgraphs and large tensors are not edited here.</source>
        <translation>子图和大型张量无法在此编辑。</translation>
    </message>
</context>
<context>
    <name>ml::ComparisonWindow</name>
    <message>
        <source>Compare Runs: %1</source>
        <translation>对比运行：%1</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>正在对比…</translation>
    </message>
    <message>
        <source>Latency of the iterations</source>
        <translation>各次迭代的延迟</translation>
    </message>
    <message>
        <source>Round medians</source>
        <translation>各轮中位数</translation>
    </message>
    <message>
        <source>Largest per-layer changes (B − A, ms)</source>
        <translation>变化最大的层（B − A，毫秒）</translation>
    </message>
    <message>
        <source>Distributions</source>
        <translation>分布</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>层</translation>
    </message>
    <message>
        <source>By Operator</source>
        <translation>按算子</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B：%1</translation>
    </message>
    <message>
        <source>%1: run %2 (A) against run %3 (B)</source>
        <translation>%1：运行 %2 (A) 对比运行 %3 (B)</translation>
    </message>
    <message>
        <source>Same model version, machine, engine and settings.</source>
        <translation>模型版本、机器、引擎和设置均相同。</translation>
    </message>
    <message>
        <source>The runs differ in (read this first):</source>
        <translation>这些运行的不同之处（请先阅读）：</translation>
    </message>
    <message>
        <source>Median: %1</source>
        <translation>中位数：%1</translation>
    </message>
    <message>
        <source>p99: %1</source>
        <translation>p99：%1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>p50 (ms)</source>
        <translation>p50（毫秒）</translation>
    </message>
    <message>
        <source>p90 (ms)</source>
        <translation>p90（毫秒）</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99（毫秒）</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>平均值（毫秒）</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>延迟（ms）</translation>
    </message>
    <message>
        <source>share of iterations</source>
        <translation>迭代占比</translation>
    </message>
    <message>
        <source>round medians (ms)</source>
        <translation>各轮中位数（毫秒）</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Op type</source>
        <translation>算子类型</translation>
    </message>
    <message>
        <source>A (ms)</source>
        <translation>A（毫秒）</translation>
    </message>
    <message>
        <source>B (ms)</source>
        <translation>B（毫秒）</translation>
    </message>
    <message>
        <source>Δ (ms)</source>
        <translation>Δ（毫秒）</translation>
    </message>
    <message>
        <source>Δ %</source>
        <translation>Δ %</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>only in B</source>
        <translation>仅在 B 中</translation>
    </message>
    <message>
        <source>only in A</source>
        <translation>仅在 A 中</translation>
    </message>
    <message>
        <source>Δ ms</source>
        <translation>Δ 毫秒</translation>
    </message>
    <message>
        <source>B − A (ms)</source>
        <translation>B − A（毫秒）</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>Export Comparison Report</source>
        <translation>导出对比报告</translation>
    </message>
</context>
<context>
    <name>ml::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;name Node…</source>
        <translation>重命名节点(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Set Attribute…</source>
        <translation>设置属性(&amp;S)…</translation>
    </message>
    <message>
        <source>Remove A&amp;ttribute…</source>
        <translation>删除属性(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Add Node…</source>
        <translation>添加节点(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Delete Node</source>
        <translation>删除节点(&amp;D)</translation>
    </message>
    <message>
        <source>Delete Node and Its &amp;Tail</source>
        <translation>删除节点及其下游分支(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Bypass Node</source>
        <translation>旁路节点(&amp;B)</translation>
    </message>
    <message>
        <source>Rename &amp;Tensor, Input or Output…</source>
        <translation>重命名张量、输入或输出(&amp;T)…</translation>
    </message>
    <message>
        <source>Make Tensor a Graph &amp;Output…</source>
        <translation>将张量设为图输出(&amp;O)…</translation>
    </message>
    <message>
        <source>Remove Graph O&amp;utput…</source>
        <translation>删除图输出(&amp;U)…</translation>
    </message>
    <message>
        <source>Set &amp;Dimension…</source>
        <translation>设置维度(&amp;D)…</translation>
    </message>
    <message>
        <source>Make &amp;Batch Dynamic</source>
        <translation>将批次维度设为动态(&amp;B)</translation>
    </message>
    <message>
        <source>Rename S&amp;ymbol…</source>
        <translation>重命名符号(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Fix Every Symbol to a Value…</source>
        <translation>将所有符号固定为某个值(&amp;F)…</translation>
    </message>
    <message>
        <source>Replace Initializer from .&amp;npy…</source>
        <translation>从 .npy 替换初始化器(&amp;N)…</translation>
    </message>
    <message>
        <source>Set Scalar &amp;Value…</source>
        <translation>设置标量值(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Clean Up (remove unused)</source>
        <translation>清理（删除未使用项）(&amp;C)</translation>
    </message>
    <message>
        <source>Sort &amp;Topologically</source>
        <translation>拓扑排序(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Upgrade Opset…</source>
        <translation>升级 opset(&amp;U)…</translation>
    </message>
    <message>
        <source>Cannot Edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Rename Node</source>
        <translation>重命名节点</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Remove Attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <source>Attribute:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Rename Tensor</source>
        <translation>重命名张量</translation>
    </message>
    <message>
        <source>Tensor, graph input or output:</source>
        <translation>张量、图输入或图输出：</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Make Tensor a Graph Output</source>
        <translation>将张量设为图输出</translation>
    </message>
    <message>
        <source>Tensor:</source>
        <translation>张量：</translation>
    </message>
    <message>
        <source>Remove Graph Output</source>
        <translation>删除图输出</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message>
        <source>Set Dimension</source>
        <translation>设置维度</translation>
    </message>
    <message>
        <source>a number, a symbol such as batch, or ? for unknown</source>
        <translation>数字、符号（如 batch），或用 ? 表示未知</translation>
    </message>
    <message>
        <source>Input or output:</source>
        <translation>输入或输出：</translation>
    </message>
    <message>
        <source>Type now:</source>
        <translation>当前类型：</translation>
    </message>
    <message>
        <source>Axis:</source>
        <translation>轴：</translation>
    </message>
    <message>
        <source>Dimension:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <source>The graph&apos;s inputs and outputs have no symbolic dimensions.</source>
        <translation>图的输入和输出中没有符号维度。</translation>
    </message>
    <message>
        <source>Rename Symbol</source>
        <translation>重命名符号</translation>
    </message>
    <message>
        <source>Symbol:</source>
        <translation>符号：</translation>
    </message>
    <message>
        <source>Fix Every Symbol</source>
        <translation>固定所有符号</translation>
    </message>
    <message>
        <source>Value for every symbolic dimension:</source>
        <translation>所有符号维度的取值：</translation>
    </message>
    <message>
        <source>Replace Initializer</source>
        <translation>替换初始化器</translation>
    </message>
    <message>
        <source>Initializer:</source>
        <translation>初始化器：</translation>
    </message>
    <message>
        <source>Values for “%1”</source>
        <translation>“%1”的值</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <source>Set Scalar Value</source>
        <translation>设置标量值</translation>
    </message>
    <message>
        <source>Initializer with one element:</source>
        <translation>单元素初始化器：</translation>
    </message>
    <message>
        <source>New value of “%1”:</source>
        <translation>“%1”的新值：</translation>
    </message>
    <message>
        <source>Upgrade Opset</source>
        <translation>升级 opset</translation>
    </message>
    <message>
        <source>The model is at opset %1. Convert to opset:</source>
        <translation>模型当前为 opset %1。转换到 opset：</translation>
    </message>
</context>
<context>
    <name>ml::GraphPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Laying out the graph…</source>
        <translation>正在布局图…</translation>
    </message>
    <message>
        <source>main graph</source>
        <translation>主图</translation>
    </message>
    <message>
        <source>Share of layer time</source>
        <translation>层耗时占比</translation>
    </message>
    <message>
        <source>0%</source>
        <translation>0%</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Boxes are tinted by their share of the summed per-layer time, relative to the hottest box shown.</source>
        <translation>节点框按其在逐层耗时总和中的占比着色，以当前显示的耗时最高的节点框为基准。</translation>
    </message>
    <message>
        <source>Refining the layout with Graphviz…</source>
        <translation>正在用 Graphviz 优化布局…</translation>
    </message>
    <message>
        <source>function body</source>
        <translation>函数体</translation>
    </message>
    <message>
        <source>function</source>
        <translation>函数</translation>
    </message>
    <message>
        <source>Layout cancelled: the quick layout stays.</source>
        <translation>布局已取消：保留快速布局。</translation>
    </message>
</context>
<context>
    <name>ml::HistogramWidget</name>
    <message numerus="yes">
        <source>%n bin(s) from %1 to %2</source>
        <translation>
            <numerusform>%n 个区间，从 %1 到 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ml::HistoryClient</name>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>%1 has changed since this run.</source>
        <translation>%1 在这次运行之后已被修改。</translation>
    </message>
    <message>
        <source>The stored graph of run %1 could not be written out.</source>
        <translation>无法写出运行 %1 保存的计算图。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No history database is open.</source>
        <translation>没有打开的历史数据库。</translation>
    </message>
    <message>
        <source>Run %1 was made with unsaved edits.</source>
        <translation>运行 %1 是在有未保存修改时进行的。</translation>
    </message>
    <message>
        <source>%1: the file name says no report format (.html, .md, .csv or .json).</source>
        <translation>%1：文件名未指明报告格式（.html、.md、.csv 或 .json）。</translation>
    </message>
    <message>
        <source>Select two or more runs to compare.</source>
        <translation>请选择两个或更多运行进行对比。</translation>
    </message>
</context>
<context>
    <name>ml::HistoryStore</name>
    <message>
        <source>%1: %2: %3</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>%1 is not a ModelLens history database: %2</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1 不是 ModelLens 历史数据库：%2</translation>
    </message>
    <message>
        <source>not a file</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>%1: cannot open the history database: %2</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：无法打开历史数据库：%2</translation>
    </message>
    <message>
        <source>file is not a database</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>文件不是数据库</translation>
    </message>
    <message>
        <source>%1: no such history database</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：没有这个历史数据库</translation>
    </message>
    <message>
        <source>%1: cannot create the folder %2</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：无法创建文件夹 %2</translation>
    </message>
    <message>
        <source>%1: the SQLite driver of Qt (QSQLITE) is not installed</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：未安装 Qt 的 SQLite 驱动（QSQLITE）</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>它是其他程序的 SQLite 数据库</translation>
    </message>
    <message>
        <source>%1 was written by a newer ModelLens (history schema %2; this version knows up to %3). It is left unchanged: open it with a newer ModelLens, or choose another database.</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1 由更新版本的 ModelLens 写入（历史结构版本 %2；本版本最多支持 %3）。文件保持不变：请用更新的 ModelLens 打开，或选择其他数据库。</translation>
    </message>
    <message>
        <source>%1 is read-only and has an older history schema (%2) that would need updating</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1 是只读的，且其历史结构版本较旧（%2），需要更新</translation>
    </message>
    <message>
        <source>%1: cannot prepare the history database: %2</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：无法准备历史数据库：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>无法读取结构版本</translation>
    </message>
    <message>
        <source>cannot update the schema</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>无法更新结构</translation>
    </message>
    <message>
        <source>cannot update the schema to version %1</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>无法把结构更新到版本 %1</translation>
    </message>
    <message>
        <source>%1: the model file does not exist (any more)</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>%1：模型文件不存在（或已不存在）</translation>
    </message>
    <message>
        <source>unsaved model</source>
        <extracomment>core/history/HistoryStore.cpp</extracomment>
        <translation>未保存的模型</translation>
    </message>
    <message>
        <source>the model version %1 is not described</source>
        <extracomment>core/history/HistoryStoreRecord.cpp</extracomment>
        <translation>模型版本 %1 没有描述</translation>
    </message>
    <message>
        <source>could not store the run</source>
        <extracomment>core/history/HistoryStoreRecord.cpp</extracomment>
        <translation>无法保存运行</translation>
    </message>
    <message>
        <source>%1: %2: a completed run needs its result</source>
        <extracomment>core/history/HistoryStoreRecord.cpp</extracomment>
        <translation>%1：%2：已完成的运行需要其结果</translation>
    </message>
    <message>
        <source>no free run id</source>
        <extracomment>core/history/HistoryStoreRecord.cpp</extracomment>
        <translation>没有可用的运行 ID</translation>
    </message>
    <message>
        <source>cannot look up the run</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法查找运行</translation>
    </message>
    <message>
        <source>there is no run %1: the history holds fewer runs</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>没有运行 %1：历史记录中的运行没有这么多</translation>
    </message>
    <message>
        <source>the history %1 holds no runs yet</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>历史记录 %1 中还没有运行</translation>
    </message>
    <message>
        <source>no run %1 in %2</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>%2 中没有运行 %1</translation>
    </message>
    <message>
        <source>%1 is ambiguous: it begins %2 and more; give more characters</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>%1 有歧义：以它开头的有 %2 等；请给出更多字符</translation>
    </message>
    <message>
        <source>cannot list the runs</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法列出运行</translation>
    </message>
    <message>
        <source>cannot count the runs</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法统计运行数</translation>
    </message>
    <message>
        <source>cannot read the run</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法读取运行</translation>
    </message>
    <message>
        <source>it is gone</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>它已不存在</translation>
    </message>
    <message>
        <source>cannot read the run %1</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法读取运行 %1</translation>
    </message>
    <message>
        <source>cannot read the layers of run %1</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法读取运行 %1 的各层</translation>
    </message>
    <message>
        <source>cannot read the model version</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法读取模型版本</translation>
    </message>
    <message>
        <source>no model version %1 in %2</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>%2 中没有模型版本 %1</translation>
    </message>
    <message>
        <source>cannot list the model versions</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法列出模型版本</translation>
    </message>
    <message>
        <source>cannot read the stored graph</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法读取已保存的计算图</translation>
    </message>
    <message>
        <source>cannot list the tags</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法列出标签</translation>
    </message>
    <message>
        <source>cannot list the baselines</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法列出基线</translation>
    </message>
    <message>
        <source>cannot tag the run</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法为运行添加标签</translation>
    </message>
    <message>
        <source>cannot untag the run</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法移除运行的标签</translation>
    </message>
    <message>
        <source>cannot set the note</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法设置备注</translation>
    </message>
    <message>
        <source>a baseline needs a name</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>基线需要一个名称</translation>
    </message>
    <message>
        <source>cannot set the baseline</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法设置基线</translation>
    </message>
    <message>
        <source>run %1 has no model version, so it cannot be a model&apos;s baseline</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>运行 %1 没有模型版本，因此不能作为模型的基线</translation>
    </message>
    <message>
        <source>cannot remove the baseline</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法移除基线</translation>
    </message>
    <message>
        <source>cannot delete the run</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法删除运行</translation>
    </message>
    <message>
        <source>cannot label the version</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法为版本添加标签</translation>
    </message>
    <message>
        <source>cannot link the version</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法关联版本</translation>
    </message>
    <message>
        <source>cannot check the database</source>
        <extracomment>core/history/HistoryStoreRuns.cpp</extracomment>
        <translation>无法检查数据库</translation>
    </message>
    <message>
        <source>a stored series of samples has an unknown format</source>
        <extracomment>core/history/IterationBlob.cpp</extracomment>
        <translation>已保存的样本序列格式未知</translation>
    </message>
    <message>
        <source>a stored series of samples is cut short</source>
        <extracomment>core/history/IterationBlob.cpp</extracomment>
        <translation>已保存的样本序列不完整</translation>
    </message>
    <message>
        <source>%1: cannot read it to identify the model: %2</source>
        <extracomment>core/history/ModelIdentity.cpp</extracomment>
        <translation>%1：无法读取以识别模型：%2</translation>
    </message>
    <message>
        <source>%1: read error while hashing: %2</source>
        <extracomment>core/history/ModelIdentity.cpp</extracomment>
        <translation>%1：计算哈希时读取出错：%2</translation>
    </message>
    <message>
        <source>the stored graph of this version cannot be read</source>
        <extracomment>core/history/ModelIdentity.cpp</extracomment>
        <translation>无法读取此版本已保存的计算图</translation>
    </message>
    <message>
        <source>the edited model cannot be read: not a ModelProto</source>
        <extracomment>core/history/ModelIdentity.cpp</extracomment>
        <translation>无法读取已编辑的模型：不是 ModelProto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no run: give a run id, &quot;last&quot; or &quot;last~N&quot;</source>
        <extracomment>core/history/RunId.cpp</extracomment>
        <translation>“%1”不对应任何运行：请给出运行 ID、“last”或“last~N”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short: give at least %2 characters of a run id</source>
        <extracomment>core/history/RunId.cpp</extracomment>
        <translation>“%1”太短：请至少给出运行 ID 的 %2 个字符</translation>
    </message>
    <message>
        <source>latencies from the profile&apos;s model_run events: profiling was on, so they include its cost</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>延迟来自性能分析文件中的 model_run 事件：当时开启了性能分析，因此包含其开销</translation>
    </message>
    <message>
        <source>imported without the model: rows are ONNX Runtime&apos;s kernels, medians are means</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>导入时未提供模型：各行是 ONNX Runtime 的内核，中位数为平均值</translation>
    </message>
    <message>
        <source>no file to import</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>没有要导入的文件</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1 is none of the files ModelLens imports (trtexec&apos;s --exportTimes, --exportProfile, --exportLayerInfo or console log, an ONNX Runtime profile, onnxruntime_perf_test&apos;s result file, modellens-cli profile --json)</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>%1 不是 ModelLens 能导入的文件（trtexec 的 --exportTimes、--exportProfile、--exportLayerInfo 或控制台日志，ONNX Runtime 性能分析文件，onnxruntime_perf_test 的结果文件，modellens-cli profile --json）</translation>
    </message>
    <message>
        <source>a second --exportTimes file: import the runs one at a time</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>又一个 --exportTimes 文件：请一次导入一次运行</translation>
    </message>
    <message>
        <source>a second --exportProfile file: import the runs one at a time</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>又一个 --exportProfile 文件：请一次导入一次运行</translation>
    </message>
    <message>
        <source>no iterations in this onnxruntime_perf_test result file</source>
        <extracomment>core/history/RunImporter.cpp</extracomment>
        <translation>此 onnxruntime_perf_test 结果文件中没有迭代</translation>
    </message>
    <message>
        <source>imported without the model: rows are TensorRT&apos;s layers under their own names</source>
        <extracomment>core/history/TrtexecImport.cpp</extracomment>
        <translation>导入时未提供模型：各行是 TensorRT 的层，使用其自身名称</translation>
    </message>
    <message>
        <source>%1 engine layer(s) could not be tied to a model node; they are listed under their own names</source>
        <extracomment>core/history/TrtexecImport.cpp</extracomment>
        <translation>%1 个引擎层无法对应到模型节点；它们以自己的名称列出</translation>
    </message>
    <message>
        <source>this trtexec writes no per-layer medians: the medians shown are means</source>
        <extracomment>core/history/TrtexecImport.cpp</extracomment>
        <translation>此 trtexec 不输出逐层中位数：显示的中位数为平均值</translation>
    </message>
    <message>
        <source>this trtexec&apos;s --exportTimes includes the warm-up queries; they are kept, as the file does not mark them</source>
        <extracomment>core/history/TrtexecImport.cpp</extracomment>
        <translation>此 trtexec 的 --exportTimes 包含预热查询；由于文件未标明，这些查询被保留</translation>
    </message>
    <message>
        <source>imported from trtexec&apos;s console summary only: no per-iteration latencies</source>
        <extracomment>core/history/TrtexecImport.cpp</extracomment>
        <translation>仅从 trtexec 的控制台摘要导入：没有逐次迭代的延迟</translation>
    </message>
    <message>
        <source>end-to-end here is the GPU compute time of the unprofiled run</source>
        <extracomment>core/history/TrtexecImport.cpp</extracomment>
        <translation>这里的端到端时间是未开启性能分析的运行的 GPU 计算时间</translation>
    </message>
    <message>
        <source>the trtexec files hold no timings (give --exportTimes, --exportProfile or a console log with its performance summary)</source>
        <extracomment>core/history/TrtexecImport.cpp</extracomment>
        <translation>这些 trtexec 文件中没有计时（请给出 --exportTimes、--exportProfile 或带性能摘要的控制台日志）</translation>
    </message>
    <message>
        <source>cannot read the runs&apos; iterations</source>
        <extracomment>core/history/HistoryStoreRounds.cpp</extracomment>
        <translation>无法读取各次运行的迭代</translation>
    </message>
    <message>
        <source>cannot read the iterations of run %1</source>
        <extracomment>core/history/HistoryStoreRounds.cpp</extracomment>
        <translation>无法读取运行 %1 的迭代</translation>
    </message>
</context>
<context>
    <name>ml::HistoryView</name>
    <message>
        <source>Delete Runs</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <source>Start a &amp;New Database</source>
        <translation>新建数据库(&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;More</source>
        <translation>显示更多(&amp;M)</translation>
    </message>
    <message>
        <source>No history database is open.</source>
        <translation>没有打开的历史数据库。</translation>
    </message>
    <message>
        <source>Filter by model, tag, note or run id</source>
        <translation>按模型、标签、备注或运行 ID 筛选</translation>
    </message>
    <message>
        <source>Any backend</source>
        <translation>任意后端</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <source>Any baseline</source>
        <translation>任意基线</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>%1
The file is left as it is; runs are not stored until a database opens.</source>
        <translation>%1
该文件保持原样；在打开数据库之前，运行不会被保存。</translation>
    </message>
    <message>
        <source>%1 is read-only: its runs are listed, but new runs, tags and notes cannot be stored.</source>
        <translation>%1 是只读的：可以列出其中的运行，但无法保存新的运行、标签和备注。</translation>
    </message>
    <message>
        <source>No runs yet: runs made with Run ▸ Run (F5) or modellens-cli profile appear here.</source>
        <translation>还没有运行：通过 运行 ▸ 运行 (F5) 或 modellens-cli profile 进行的运行会显示在这里。</translation>
    </message>
    <message>
        <source>No runs match the filter.</source>
        <translation>没有符合筛选条件的运行。</translation>
    </message>
    <message>
        <source>Showing %1 of %2 runs (%3 ms).</source>
        <translation>显示 %2 个运行中的 %1 个（%3 毫秒）。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s) (%1 ms).</source>
        <translation>
            <numerusform>%n 个运行（%1 毫秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>settings %1</source>
        <translation>设置 %1</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>机器 %1</translation>
    </message>
    <message>
        <source>Only: %1</source>
        <translation>仅限：%1</translation>
    </message>
    <message>
        <source>Delete run %1 from the history? Its measurements, tags and note are removed; this cannot be undone.</source>
        <translation>从历史中删除运行 %1？它的测量数据、标签和备注都会被删除，且无法撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n runs from the history? Their measurements, tags and notes are removed; this cannot be undone.</source>
        <translation>
            <numerusform>从历史中删除 %n 个运行？它们的测量数据、标签和备注都会被删除，且无法撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set as Baseline</source>
        <translation>设为基线</translation>
    </message>
    <message>
        <source>Name of the baseline (the run replaces the one of that name for its model):</source>
        <translation>基线名称（此运行将替换其模型中同名的基线）：</translation>
    </message>
    <message>
        <source>Label Version</source>
        <translation>标注版本</translation>
    </message>
    <message>
        <source>Label of version %1 of %2 (empty: none):</source>
        <translation>%2 的版本 %1 的标签（留空：无）：</translation>
    </message>
    <message>
        <source>&amp;Open Run</source>
        <translation>打开运行(&amp;O)</translation>
    </message>
    <message>
        <source>Only This &amp;Model</source>
        <translation>仅此模型(&amp;M)</translation>
    </message>
    <message>
        <source>Only This &amp;Version</source>
        <translation>仅此版本(&amp;V)</translation>
    </message>
    <message>
        <source>Only These &amp;Settings</source>
        <translation>仅这些设置(&amp;S)</translation>
    </message>
    <message>
        <source>Only This Mac&amp;hine</source>
        <translation>仅此机器(&amp;H)</translation>
    </message>
    <message>
        <source>Edit &amp;Tags</source>
        <translation>编辑标签(&amp;T)</translation>
    </message>
    <message>
        <source>Edit &amp;Note</source>
        <translation>编辑备注(&amp;N)</translation>
    </message>
    <message>
        <source>Set as &amp;Baseline...</source>
        <translation>设为基线(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Label This Version...</source>
        <translation>标注此版本(&amp;L)...</translation>
    </message>
    <message>
        <source>&amp;Copy Run Id</source>
        <translation>复制运行 ID(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Delete...</source>
        <translation>删除(&amp;D)...</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Export Comparison Report</source>
        <translation>导出对比报告</translation>
    </message>
    <message>
        <source>HTML report (*.html);;Markdown (*.md);;CSV of the layers (*.csv);;JSON (*.json)</source>
        <translation>HTML 报告 (*.html);;Markdown (*.md);;各层 CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>E&amp;xport Report...</source>
        <translation>导出报告(&amp;X)...</translation>
    </message>
    <message>
        <source>Show T&amp;rend of This Model</source>
        <translation>显示此模型的趋势(&amp;R)</translation>
    </message>
    <message>
        <source>Com&amp;pare Runs</source>
        <translation>对比运行(&amp;P)</translation>
    </message>
    <message>
        <source>Treat as One Mod&amp;el</source>
        <translation>视为同一模型(&amp;E)</translation>
    </message>
    <message>
        <source>Compare &amp;With...</source>
        <translation>与其他运行比较(&amp;W)...</translation>
    </message>
</context>
<context>
    <name>ml::InputSourceEditor</name>
    <message>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>常量</translation>
    </message>
    <message>
        <source>random range</source>
        <translation>随机范围</translation>
    </message>
    <message>
        <source>Values of %1: random with the seed, from a file, one value for every element, or random within a range</source>
        <translation>%1 的取值：按种子随机生成、从文件读取、所有元素取同一值，或在某个范围内随机生成</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>input.npy, tensor.pb or raw bytes</source>
        <translation>input.npy、tensor.pb 或原始字节文件</translation>
    </message>
    <message>
        <source>NumPy .npy and ONNX TensorProto .pb files bring their shape; any other file is read as raw little-endian values of the input&apos;s shape and type</source>
        <translation>NumPy .npy 和 ONNX TensorProto .pb 文件自带形状；其他文件按该输入的形状和类型读取为小端序原始值</translation>
    </message>
    <message>
        <source>value, such as 0.5</source>
        <translation>值，例如 0.5</translation>
    </message>
    <message>
        <source>Every element gets this value</source>
        <translation>所有元素都取此值</translation>
    </message>
    <message>
        <source>LOW..HIGH, such as -1..1</source>
        <translation>LOW..HIGH，例如 -1..1</translation>
    </message>
    <message>
        <source>Uniform random values in the range, with the run&apos;s seed</source>
        <translation>使用本次运行的种子，在此范围内生成均匀分布的随机值</translation>
    </message>
    <message>
        <source>Values of %1</source>
        <translation>%1 的取值</translation>
    </message>
    <message>
        <source>Tensors (*.npy *.pb);;Raw bytes (*)</source>
        <translation>张量 (*.npy *.pb);;原始字节 (*)</translation>
    </message>
    <message>
        <source>Input %1: %2</source>
        <translation>输入 %1：%2</translation>
    </message>
    <message>
        <source>choose the file of its values</source>
        <translation>请选择存放其取值的文件</translation>
    </message>
    <message>
        <source>the file %1 does not exist</source>
        <translation>文件 %1 不存在</translation>
    </message>
    <message>
        <source>the file %1 cannot be read</source>
        <translation>无法读取文件 %1</translation>
    </message>
    <message>
        <source>type the value of every element</source>
        <translation>请输入所有元素的值</translation>
    </message>
    <message>
        <source>type the range LOW..HIGH, such as -1..1</source>
        <translation>请输入范围 LOW..HIGH，例如 -1..1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range LOW..HIGH, such as -1..1</source>
        <translation>“%1”不是形如 LOW..HIGH 的范围（例如 -1..1）</translation>
    </message>
</context>
<context>
    <name>ml::JobTracker</name>
    <message>
        <source>out of memory</source>
        <extracomment>core/JobTracker.h</extracomment>
        <translation>内存不足</translation>
    </message>
</context>
<context>
    <name>ml::LayerTableModel</name>
    <message numerus="yes">
        <source> (+ %n fused)</source>
        <translation>
            <numerusform>（+ %n 个融合节点）</numerusform>
        </translation>
    </message>
    <message>
        <source> [not in the model]</source>
        <translation> [不在模型中]</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>No node of the model was found for this row; double-click does nothing.</source>
        <translation>找不到与此行对应的模型节点；双击无效。</translation>
    </message>
    <message>
        <source>Double-click to show the node in the graph.</source>
        <translation>双击可在图中显示该节点。</translation>
    </message>
    <message>
        <source>Its kernels also did the work of: %1</source>
        <translation>其内核同时完成了以下节点的工作：%1</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>均值（ms）</translation>
    </message>
    <message>
        <source>Median ms</source>
        <translation>中位数（ms）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Calls/run</source>
        <translation>每次运行调用数</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>内核</translation>
    </message>
</context>
<context>
    <name>ml::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ModelLens</source>
        <translation>关于 ModelLens(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Open Model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx);;All files (*)</source>
        <translation>ONNX 模型 (*.onnx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Loaded %1 in %2 s</source>
        <translation>已加载 %1，用时 %2 秒</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>无法打开 %1</translation>
    </message>
    <message>
        <source>Cannot Open Model</source>
        <translation>无法打开模型</translation>
    </message>
    <message>
        <source>ModelLens could not open “%1”.</source>
        <translation>ModelLens 无法打开“%1”。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message>
        <source>Export Visible Part as &amp;Image…</source>
        <translation>将可见部分导出为图片(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Zoom In</source>
        <translation>放大(&amp;Z)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom &amp;to Fit</source>
        <translation>适应窗口(&amp;T)</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>实际大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Leave Subgraph</source>
        <translation>退出子图(&amp;L)</translation>
    </message>
    <message>
        <source>Show &amp;Attributes</source>
        <translation>显示属性(&amp;A)</translation>
    </message>
    <message>
        <source>Show Node &amp;Names</source>
        <translation>显示节点名称(&amp;N)</translation>
    </message>
    <message>
        <source>Show &amp;Initializers</source>
        <translation>显示初始化器(&amp;I)</translation>
    </message>
    <message>
        <source>Left to &amp;Right</source>
        <translation>从左到右(&amp;R)</translation>
    </message>
    <message>
        <source>Flat Layout (no &amp;groups)</source>
        <translation>平铺布局（不分组）(&amp;G)</translation>
    </message>
    <message>
        <source>Export Visible Part</source>
        <translation>导出可见部分</translation>
    </message>
    <message>
        <source>Export Graph</source>
        <translation>导出图</translation>
    </message>
    <message>
        <source>There is no graph to export.</source>
        <translation>没有可导出的图。</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>正在导出 %1…</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已导出 %1</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>无法导出</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening %1 cancelled</source>
        <translation>已取消打开 %1</translation>
    </message>
    <message>
        <source>Show &amp;Edge Types</source>
        <translation>显示边的类型(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Show &amp;Profiler</source>
        <translation>显示性能分析器(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>关闭前是否保存？</translation>
    </message>
    <message>
        <source>Save Model As</source>
        <translation>模型另存为</translation>
    </message>
    <message>
        <source>ONNX models (*.onnx)</source>
        <translation>ONNX 模型 (*.onnx)</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>无法保存 %1</translation>
    </message>
    <message>
        <source>Cannot Save Model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1
%n error(s): see the Model panel</source>
        <translation>
            <numerusform>%1
%n 个错误：请查看“模型”面板</numerusform>
        </translation>
    </message>
    <message>
        <source>The model does not pass the checker now: see the problems in the Model panel.</source>
        <translation>模型目前未通过检查器：请在“模型”面板中查看问题。</translation>
    </message>
    <message numerus="yes">
        <source> (%n more waiting)</source>
        <translation>
            <numerusform>（另有 %n 个在等待）</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>正在保存“%1”…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>正在保存 %1…</translation>
    </message>
    <message>
        <source>Show &amp;History</source>
        <translation>显示历史(&amp;H)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>The run history could not be opened: see the History panel.</source>
        <translation>无法打开运行历史：请查看“历史”面板。</translation>
    </message>
    <message>
        <source>%1 The graph shown is the copy the history kept, without its weights.</source>
        <translation>%1 显示的计算图是历史中保存的副本，不含权重。</translation>
    </message>
    <message>
        <source>Export Re&amp;port…</source>
        <translation>导出报告(&amp;P)…</translation>
    </message>
    <message>
        <source>This model has no stored run yet: run it (F5), or open one of its runs from the History (Ctrl+H).</source>
        <translation>此模型还没有保存的运行：请先运行它 (F5)，或从“历史”(Ctrl+H) 中打开它的一次运行。</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Open %1 to see node %2 on its graph.</source>
        <translation>打开 %1 即可在计算图上查看节点 %2。</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Export Graph as PNG…</source>
        <translation>导出图为 PNG(&amp;E)…</translation>
    </message>
    <message>
        <source>Export Graph as S&amp;VG…</source>
        <translation>导出图为 SVG(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Copy Node Names</source>
        <translation>复制节点名称(&amp;C)</translation>
    </message>
    <message>
        <source>Model &amp;Properties</source>
        <translation>模型属性(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Wheel Zooms</source>
        <translation>滚轮缩放(&amp;W)</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG 图像 (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Saving %1… %2%</source>
        <translation>正在保存 %1… %2%</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ml::ModelDocument</name>
    <message>
        <source>The model is being saved: edit it once the save has finished.</source>
        <extracomment>core/edit/ModelDocument.cpp</extracomment>
        <translation>模型正在保存：请在保存完成后再编辑。</translation>
    </message>
</context>
<context>
    <name>ml::ModelLoader</name>
    <message>
        <source>Cannot load %1: %2</source>
        <extracomment>core/LoadedModel.cpp</extracomment>
        <translation>无法加载 %1：%2</translation>
    </message>
</context>
<context>
    <name>ml::ModelSummaryView</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>IR version:</source>
        <translation>IR 版本：</translation>
    </message>
    <message>
        <source>Opsets:</source>
        <translation>Opset：</translation>
    </message>
    <message>
        <source>Producer:</source>
        <translation>生成工具：</translation>
    </message>
    <message>
        <source>Graph:</source>
        <translation>图：</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>Subgraphs:</source>
        <translation>子图：</translation>
    </message>
    <message>
        <source>Parameters:</source>
        <translation>参数量：</translation>
    </message>
    <message>
        <source>Checker:</source>
        <translation>检查器：</translation>
    </message>
    <message>
        <source>Shape inference:</source>
        <translation>形状推断：</translation>
    </message>
    <message>
        <source>Inputs (%1) and outputs (%2)</source>
        <translation>输入（%1）与输出（%2）</translation>
    </message>
    <message>
        <source>Inputs and outputs</source>
        <translation>输入与输出</translation>
    </message>
    <message>
        <source>Operators (%1 types)</source>
        <translation>算子（%1 种）</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>问题（%1）</translation>
    </message>
    <message>
        <source>Problems (none)</source>
        <translation>问题（无）</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1（%2 字节）</translation>
    </message>
    <message>
        <source>%1 in the model file, %2 in external data</source>
        <translation>模型文件 %1，外部数据 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>domain and opset version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>producer name and version</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1 in the main graph, %2 in all</source>
        <translation>主图 %1 个，共 %2 个</translation>
    </message>
    <message>
        <source>%1, nested up to %2 deep</source>
        <translation>%1 个，最深嵌套 %2 层</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 in %2 initializers, and %3 elements in Constant nodes</source>
        <translation>%1（位于 %2 个初始化器中），另有 Constant 节点中的 %3 个元素</translation>
    </message>
    <message>
        <source>%1 in %2 initializers</source>
        <translation>%1（位于 %2 个初始化器中）</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed (see the problems)</source>
        <translation>未通过（见问题列表）</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>incomplete (see the problems)</source>
        <translation>未完成（见问题列表）</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>元数据：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
</context>
<context>
    <name>ml::ModelTab</name>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Tensor</source>
        <translation>张量</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>cannot make a temporary folder for the edited model: %1</source>
        <translation>无法为编辑后的模型创建临时文件夹：%1</translation>
    </message>
</context>
<context>
    <name>ml::NodePanel</name>
    <message numerus="yes">
        <source>graph “%1”, %n node(s)</source>
        <translation>
            <numerusform>图“%1”，%n 个节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n graph(s)</source>
        <translation>
            <numerusform>%n 个图</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tensor(s)</source>
        <translation>
            <numerusform>%n 个张量</numerusform>
        </translation>
    </message>
    <message>
        <source>sparse tensor</source>
        <translation>稀疏张量</translation>
    </message>
    <message>
        <source>(undefined)</source>
        <translation>（未定义）</translation>
    </message>
    <message>
        <source>Select a node to see its properties.</source>
        <translation>选择一个节点以查看其属性。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>图</translation>
    </message>
    <message>
        <source>subgraph “%1” of %2</source>
        <translation>%2 的子图“%1”</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>values…</source>
        <translation>数值…</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <source>graph input</source>
        <translation>图输入</translation>
    </message>
    <message>
        <source>subgraph input</source>
        <translation>子图输入</translation>
    </message>
    <message>
        <source>undefined</source>
        <translation>未定义</translation>
    </message>
    <message>
        <source>graph output</source>
        <translation>图输出</translation>
    </message>
    <message>
        <source>subgraph output</source>
        <translation>子图输出</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>流向 %1</translation>
    </message>
    <message>
        <source>(omitted)</source>
        <translation>（省略）</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Documentation</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>No schema for %1 in domain %2 at this opset: it is a custom operator, or newer than libonnx knows.</source>
        <translation>域 %2 在此 opset 下没有 %1 的算子定义：它是自定义算子，或比 libonnx 所知的版本更新。</translation>
    </message>
    <message>
        <source>%1 version %2 (opset %3 of %4)</source>
        <translation>%1 版本 %2（%4 的 opset %3）</translation>
    </message>
    <message>
        <source>, optional</source>
        <translation>，可选</translation>
    </message>
    <message>
        <source>initializer %1</source>
        <translation>初始化器 %1</translation>
    </message>
</context>
<context>
    <name>ml::OpTypeTableModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Mean ms</source>
        <translation>均值（ms）</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
</context>
<context>
    <name>ml::OperatorTableModel</name>
    <message>
        <source>Operator</source>
        <translation>算子</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>节点数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ml::OutputComparisonModel</name>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>不通过</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Elements</source>
        <translation>元素数</translation>
    </message>
    <message>
        <source>Max abs error</source>
        <translation>最大绝对误差</translation>
    </message>
    <message>
        <source>Max rel error</source>
        <translation>最大相对误差</translation>
    </message>
    <message>
        <source>Mismatches</source>
        <translation>不匹配数</translation>
    </message>
    <message>
        <source>Within tolerance</source>
        <translation>在容差内</translation>
    </message>
</context>
<context>
    <name>ml::OutputComparisonView</name>
    <message>
        <source>Tolerance: |a − b| ≤</source>
        <translation>容差：|a − b| ≤</translation>
    </message>
    <message>
        <source>× |b|</source>
        <translation>× |b|</translation>
    </message>
    <message>
        <source>No comparison yet.</source>
        <translation>尚无比较结果。</translation>
    </message>
    <message>
        <source>Comparing the outputs…</source>
        <translation>正在比较输出…</translation>
    </message>
    <message>
        <source>The outputs cannot be compared: %1</source>
        <translation>无法比较输出：%1</translation>
    </message>
    <message>
        <source>Neither run saved an output to compare.</source>
        <translation>两次运行都没有保存可供比较的输出。</translation>
    </message>
    <message numerus="yes">
        <source>All %n outputs are within the tolerance of the previous run.</source>
        <translation>
            <numerusform>与上一次运行相比，全部 %n 个输出均在容差内。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 outputs differ from the previous run beyond the tolerance.</source>
        <translation>
            <numerusform>%1 个输出中有 %n 个与上一次运行的差异超出容差。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ml::ProblemTableModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>ml::RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ml::RemainingTime</name>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>大约还剩 %n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>大约还剩 %n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ml::RunListModel</name>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>基线：%1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>后端</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation>中位数（毫秒）</translation>
    </message>
    <message>
        <source>Mean (ms)</source>
        <translation>平均值（毫秒）</translation>
    </message>
    <message>
        <source>p99 (ms)</source>
        <translation>p99（毫秒）</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>ml::RunPanel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>There is no model to run.</source>
        <translation>没有可运行的模型。</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Preparing the inputs…</source>
        <translation>正在准备输入…</translation>
    </message>
    <message>
        <source>Building the engine…</source>
        <translation>正在构建推理引擎…</translation>
    </message>
    <message>
        <source>First run…</source>
        <translation>首次运行…</translation>
    </message>
    <message>
        <source>Warming up…</source>
        <translation>正在预热…</translation>
    </message>
    <message>
        <source>Warm-up: %1 of %2 s</source>
        <translation>预热：%1 / %2 秒</translation>
    </message>
    <message>
        <source>Warm-up %1 of %2</source>
        <translation>预热 %1 / %2</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>正在测量…</translation>
    </message>
    <message>
        <source>Measuring: %1 of %2 s</source>
        <translation>测量：%1 / %2 秒</translation>
    </message>
    <message>
        <source>Iteration %1 of %2</source>
        <translation>迭代 %1 / %2</translation>
    </message>
    <message>
        <source>Per-layer profile: run %1 of %2</source>
        <translation>逐层性能分析：第 %1 / %2 次运行</translation>
    </message>
    <message>
        <source>Per-layer profile…</source>
        <translation>逐层性能分析…</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>正在读取结果…</translation>
    </message>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%2 / %3</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message numerus="yes">
        <source>%n iterations, median %1 ms, mean %2 ms.</source>
        <translation>
            <numerusform>%n 次迭代，中位数 %1 ms，均值 %2 ms。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>运行已取消。</translation>
    </message>
    <message>
        <source>The run failed: %1</source>
        <translation>运行失败：%1</translation>
    </message>
    <message>
        <source>optimization %1</source>
        <translation>优化级别 %1</translation>
    </message>
    <message>
        <source>seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>This run (%1) against the previous run (%2).</source>
        <translation>本次运行（%1）与上一次运行（%2）的对比。</translation>
    </message>
    <message>
        <source>Writing the model for the engine…</source>
        <translation>正在为引擎写出模型…</translation>
    </message>
    <message>
        <source>The model cannot be prepared for the run: </source>
        <translation>无法为运行准备模型：</translation>
    </message>
    <message>
        <source>Stored in the history as run %1.</source>
        <translation>已作为运行 %1 保存到历史记录。</translation>
    </message>
    <message>
        <source>The run was not stored in the history: %1</source>
        <translation>运行未保存到历史记录：%1</translation>
    </message>
    <message numerus="yes">
        <source>Run %1 from the history, made %2: %n iterations, median %3 ms, mean %4 ms.</source>
        <translation>
            <numerusform>历史中的运行 %1，进行于 %2：%n 次迭代，中位数 %3 毫秒，平均值 %4 毫秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>Run %1 from the history, made %2, was cancelled.</source>
        <translation>历史中的运行 %1（进行于 %2）已被取消。</translation>
    </message>
    <message>
        <source>Run %1 from the history, made %2, failed: %3</source>
        <translation>历史中的运行 %1（进行于 %2）失败：%3</translation>
    </message>
    <message>
        <source>From the history</source>
        <translation>来自历史</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>A/B…</source>
        <translation>A/B…</translation>
    </message>
    <message>
        <source>Run this model against a variant (other settings or another model file), rounds alternating, and compare the two</source>
        <translation>将本模型与一个变体（其他设置或另一个模型文件）轮流交替运行，并比较两者</translation>
    </message>
    <message>
        <source>Compare With…</source>
        <translation>与其他运行比较…</translation>
    </message>
    <message>
        <source>Compare the run shown with another run from the history</source>
        <translation>将当前显示的运行与历史记录中的另一次运行比较</translation>
    </message>
    <message>
        <source>The A/B run was cancelled; nothing was stored.</source>
        <translation>A/B 运行已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>An A/B run is compared from the run history, and there is none.</source>
        <translation>A/B 运行需要通过运行历史进行比较，但当前没有运行历史。</translation>
    </message>
    <message>
        <source>Round %1 of %2 (%3)</source>
        <translation>第 %1 / %2 轮（%3）</translation>
    </message>
    <message>
        <source>A/B run: %1 rounds each, alternating.</source>
        <translation>A/B 运行：每侧 %1 轮，交替进行。</translation>
    </message>
    <message>
        <source>The A/B run ended, but its runs were not stored in the history: %1</source>
        <translation>A/B 运行已结束，但其运行未保存到历史记录：%1</translation>
    </message>
    <message>
        <source>A/B run done: A is run %1, B is run %2 in the history.</source>
        <translation>A/B 运行完成：A 为历史记录中的运行 %1，B 为运行 %2。</translation>
    </message>
    <message>
        <source>The A/B run failed: %1</source>
        <translation>A/B 运行失败：%1</translation>
    </message>
</context>
<context>
    <name>ml::RunPickerDialog</name>
    <message>
        <source>Compare Run %1 With</source>
        <translation>将运行 %1 与…比较</translation>
    </message>
    <message>
        <source>Choose the run to compare %1 with. The run you choose is the baseline (A); %1 is compared with it (B).</source>
        <translation>选择要与 %1 比较的运行。所选运行作为基线（A）；%1 与之比较（B）。</translation>
    </message>
    <message>
        <source>Only runs of %1</source>
        <translation>仅显示 %1 的运行</translation>
    </message>
    <message>
        <source>Com&amp;pare</source>
        <translation>比较(&amp;P)</translation>
    </message>
    <message>
        <source>No other completed run to compare with.</source>
        <translation>没有其他已完成的运行可供比较。</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s)</source>
        <translation>
            <numerusform>%n 次运行</numerusform>
        </translation>
    </message>
    <message>
        <source> (the newest %1 of %2)</source>
        <translation>（%2 次中最新的 %1 次）</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>正在读取历史记录…</translation>
    </message>
</context>
<context>
    <name>ml::RunResultView</name>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Per layer</source>
        <translation>逐层</translation>
    </message>
    <message>
        <source>By operator</source>
        <translation>按算子</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>最小值</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>最大值</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>均值</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Std. dev.</source>
        <translation>标准差</translation>
    </message>
    <message>
        <source>CV</source>
        <translation>变异系数</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>吞吐量</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>构建</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>首次运行</translation>
    </message>
    <message>
        <source>Peak memory</source>
        <translation>内存峰值</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Filter by node, operator or kernel</source>
        <translation>按节点、算子或内核筛选</translation>
    </message>
    <message>
        <source>No run yet: choose the settings and press Run.</source>
        <translation>尚未运行：请选择设置后点击“运行”。</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation>（运行于 %1）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>: %n measured iterations in %1</source>
        <translation>
            <numerusform>：在 %1 内测量了 %n 次迭代</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> after %n warm-up</source>
        <translation>
            <numerusform>，此前预热 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source> ⚠ unstable</source>
        <translation> ⚠ 不稳定</translation>
    </message>
    <message>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>未报告</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>median %1 ms</source>
        <translation>中位数 %1 ms</translation>
    </message>
    <message>
        <source>p99 %1 ms</source>
        <translation>p99 %1 ms</translation>
    </message>
    <message>
        <source>latency (ms)</source>
        <translation>延迟（ms）</translation>
    </message>
    <message numerus="yes">
        <source>Sum of the layers: %1 ms; end-to-end latency of the same %n profiled runs: %2 ms; gap: %3 ms (%4%).</source>
        <translation>
            <numerusform>各层合计：%1 ms；同一批 %n 次分析运行的端到端延迟：%2 ms；差值：%3 ms（%4%）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model nodes ran as no kernel of their own (folded into constants or eliminated).</source>
        <translation>
            <numerusform>%n 个模型节点没有作为独立内核运行（已折叠为常量或被消除）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Optimized Graph</source>
        <translation>打开优化后的图</translation>
    </message>
    <message>
        <source>Open the graph ONNX Runtime ran, after its optimizations, in a tab of its own</source>
        <translation>在单独的标签页中打开 ONNX Runtime 经优化后运行的图</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>This run&apos;s outputs against the previous run&apos;s</source>
        <translation>本次运行与上一次运行的输出对比</translation>
    </message>
    <message>
        <source>Outputs: same</source>
        <translation>输出：相同</translation>
    </message>
    <message numerus="yes">
        <source>Outputs: %n differ</source>
        <translation>
            <numerusform>输出：%n 个不同</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ml::RunSession</name>
    <message>
        <source>The model cannot be prepared for the run: </source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>无法为运行准备模型：</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder for the run: %1</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>无法为运行创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the run.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>无法为运行创建文件夹 %1。</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>尚未运行。</translation>
    </message>
    <message>
        <source>This run saved no outputs to compare.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>本次运行没有保存可供比较的输出。</translation>
    </message>
    <message>
        <source>The next run&apos;s outputs will be compared with this run&apos;s: change a setting (the optimization level, a precision) and run again.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>下一次运行的输出将与本次运行的输出进行比较：请更改某项设置（如优化级别或精度）后再次运行。</translation>
    </message>
    <message>
        <source>The previous run saved no outputs to compare.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>上一次运行没有保存可供比较的输出。</translation>
    </message>
    <message>
        <source>Not compared: the previous run fed other inputs (%1; now %2).</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>未比较：上一次运行使用了不同的输入（%1；本次为 %2）。</translation>
    </message>
    <message>
        <source>Nothing to compare.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>没有可比较的内容。</translation>
    </message>
    <message>
        <source>round %1/%2 (%3): %4</source>
        <extracomment>core/engine/AbSession.cpp</extracomment>
        <translation>第 %1/%2 轮（%3）：%4</translation>
    </message>
    <message>
        <source>round %1/%2 (%3): </source>
        <extracomment>core/engine/AbSession.cpp</extracomment>
        <translation>第 %1/%2 轮（%3）：</translation>
    </message>
    <message>
        <source>round %1/%2: %3</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>第 %1/%2 轮：%3</translation>
    </message>
    <message>
        <source>The default shapes %1 did not run (the first inference failed); this run used %2, the smallest of the lengths tried (%3) that ran. Set another with --shapes or in the Inputs fields.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>默认形状 %1 无法运行（首次推理失败）；本次运行使用了 %2，即所尝试的长度（%3）中能运行的最小值。可用 --shapes 或在“输入”字段中设置其他值。</translation>
    </message>
    <message>
        <source>No default length ran: tried %1 and %2.</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>没有可运行的默认长度：已尝试 %1 和 %2。</translation>
    </message>
    <message>
        <source>The failing node %1 is fed by the graph inputs %2: set their shapes with --shapes NAME:DIMS or their values with --inputs NAME:=VALUE (in the app: the run panel&apos;s Inputs fields).</source>
        <extracomment>core/engine/RunSession.cpp</extracomment>
        <translation>出错的节点 %1 的数据来自图输入 %2：可用 --shapes NAME:DIMS 设置它们的形状，或用 --inputs NAME:=VALUE 设置它们的值（在应用中：运行面板的“输入”字段）。</translation>
    </message>
</context>
<context>
    <name>ml::RunSettingsForm</name>
    <message>
        <source>Backend:</source>
        <translation>后端：</translation>
    </message>
    <message>
        <source>Checking which engines can run here…</source>
        <translation>正在检查本机可以运行哪些推理引擎…</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Shapes: dimensions joined by x, as trtexec writes them: 1x3x224x224. Only dynamic dimensions can be changed. Values: random with the seed, from a file, a constant or a random range.</source>
        <translation>形状：各维度用 x 连接，与 trtexec 的写法相同：1x3x224x224。只有动态维度可以修改。取值：按种子随机生成、从文件读取、常量或随机范围。</translation>
    </message>
    <message>
        <source>ONNX Runtime</source>
        <translation>ONNX Runtime</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>基本</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>扩展</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Graph optimization:</source>
        <translation>图优化：</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Intra-op threads:</source>
        <translation>算子内（intra-op）线程数：</translation>
    </message>
    <message>
        <source>Inter-op threads:</source>
        <translation>算子间（inter-op）线程数：</translation>
    </message>
    <message>
        <source>Parallel execution (inter-op)</source>
        <translation>并行执行（inter-op）</translation>
    </message>
    <message>
        <source>Spinning threads (off is steadier on a busy machine)</source>
        <translation>线程自旋（在繁忙的机器上关闭后结果更稳定）</translation>
    </message>
    <message>
        <source>Execution provider:</source>
        <translation>执行提供程序：</translation>
    </message>
    <message>
        <source>Keep the optimized graph (to open after the run)</source>
        <translation>保留优化后的图（运行后可打开）</translation>
    </message>
    <message>
        <source>The graph ONNX Runtime actually ran, after its graph optimizations, kept until the next run</source>
        <translation>ONNX Runtime 经图优化后实际运行的图，保留到下一次运行</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>测量</translation>
    </message>
    <message>
        <source>Warm-up iterations:</source>
        <translation>预热迭代次数：</translation>
    </message>
    <message>
        <source>Warm-up duration:</source>
        <translation>预热时长：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Iterations:</source>
        <translation>迭代次数：</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Time every layer (a second, profiled session; latency stays unprofiled)</source>
        <translation>测量每层耗时（在另一个开启分析的会话中进行；延迟仍在未开启分析时测量）</translation>
    </message>
    <message>
        <source>Seed of the random input values</source>
        <translation>随机输入值的种子</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (not available)</source>
        <translation>%1（不可用）</translation>
    </message>
    <message>
        <source>%1 is not available: %2</source>
        <translation>%1 不可用：%2</translation>
    </message>
    <message>
        <source>No model.</source>
        <translation>没有模型。</translation>
    </message>
    <message>
        <source>The model has no inputs to feed.</source>
        <translation>模型没有需要提供数据的输入。</translation>
    </message>
    <message>
        <source>scalar</source>
        <translation>标量</translation>
    </message>
    <message>
        <source>the model gives no shape: type one</source>
        <translation>模型未给出形状：请输入一个</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1 %2; in the model: %3</source>
        <translation>%1 %2；模型中：%3</translation>
    </message>
    <message>
        <source>%1 (%2, %3):</source>
        <translation>%1（%2，%3）：</translation>
    </message>
    <message>
        <source>%1 is not available here.</source>
        <translation>%1 在此不可用。</translation>
    </message>
    <message>
        <source>Input %1 needs a shape, such as 1x3x224x224.</source>
        <translation>输入 %1 需要形状，例如 1x3x224x224。</translation>
    </message>
    <message>
        <source>Input %1: %2</source>
        <translation>输入 %1：%2</translation>
    </message>
    <message>
        <source>Execution providers that cannot load here (point at this note for what is missing): %1</source>
        <translation>无法在此加载的执行提供程序（将鼠标指向此说明可查看缺少什么）：%1</translation>
    </message>
</context>
<context>
    <name>ml::SearchBar</name>
    <message>
        <source>Find nodes by name, op type, tensor or shape (several terms: all must match)</source>
        <translation>按名称、算子类型、张量或形状查找节点（多个词须全部匹配）</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>%1  %2   — %3: %4</source>
        <translation>%1  %2   — %3：%4</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>ml::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when ModelLens is started again.</source>
        <translation>新的语言将在下次启动 ModelLens 时生效。</translation>
    </message>
    <message>
        <source>System palette</source>
        <translation>系统调色板</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>计算图</translation>
    </message>
    <message>
        <source>Zooms (Shift+wheel scrolls)</source>
        <translation>缩放（Shift+滚轮滚动）</translation>
    </message>
    <message>
        <source>Scrolls (Ctrl+wheel zooms)</source>
        <translation>滚动（Ctrl+滚轮缩放）</translation>
    </message>
    <message>
        <source>Ctrl+M in the graph switches between the two.</source>
        <translation>在计算图中按 Ctrl+M 可在两者之间切换。</translation>
    </message>
    <message>
        <source>Mouse &amp;wheel:</source>
        <translation>鼠标滚轮(&amp;W)：</translation>
    </message>
    <message>
        <source>dot on PATH</source>
        <translation>PATH 中的 dot</translation>
    </message>
    <message>
        <source>Graphviz &amp;dot:</source>
        <translation>Graphviz dot(&amp;D)：</translation>
    </message>
    <message>
        <source>New runs</source>
        <translation>新的运行</translation>
    </message>
    <message>
        <source>W&amp;arm-up iterations:</source>
        <translation>预热迭代次数(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>迭代次数(&amp;I)：</translation>
    </message>
    <message>
        <source>ONNX Runtime&apos;s default</source>
        <translation>ONNX Runtime 默认值</translation>
    </message>
    <message>
        <source>Intra-op &amp;threads:</source>
        <translation>算子内线程数(&amp;T)：</translation>
    </message>
    <message>
        <source>Per-layer &amp;profile</source>
        <translation>逐层性能分析(&amp;P)</translation>
    </message>
    <message>
        <source>trtexec on PATH, then $MODELLENS_TRTEXEC</source>
        <translation>PATH 中的 trtexec，其次是 $MODELLENS_TRTEXEC</translation>
    </message>
    <message>
        <source>T&amp;ensorRT trtexec:</source>
        <translation>TensorRT trtexec(&amp;E)：</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>运行历史</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>$MODELLENS_DB is set (%1) and takes precedence.</source>
        <translation>已设置 $MODELLENS_DB（%1），它优先于此设置。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Run History Database</source>
        <translation>运行历史数据库</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose Program</source>
        <translation>选择程序</translation>
    </message>
</context>
<context>
    <name>ml::TensorPanel</name>
    <message>
        <source>Previous</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Save as .npy…</source>
        <translation>另存为 .npy…</translation>
    </message>
    <message>
        <source>Choose an initializer or a Constant (“values…” in the Node panel) to see its values.</source>
        <translation>选择一个初始化器或 Constant（节点面板中的“数值…”）以查看其数值。</translation>
    </message>
    <message>
        <source>No initializer or Constant named “%1”.</source>
        <translation>没有名为“%1”的初始化器或 Constant。</translation>
    </message>
    <message>
        <source>%1, shape [%2], %3 elements</source>
        <translation>%1，形状 [%2]，%3 个元素</translation>
    </message>
    <message>
        <source>Stored in the model proto.</source>
        <translation>存储在模型 proto 中。</translation>
    </message>
    <message>
        <source>Stored in the model file; read from it now.</source>
        <translation>存储在模型文件中；此时才读取。</translation>
    </message>
    <message>
        <source>Stored in external data “%1”; read from it now.</source>
        <translation>存储在外部数据“%1”中；此时才读取。</translation>
    </message>
    <message>
        <source>Reading values…</source>
        <translation>正在读取数值…</translation>
    </message>
    <message numerus="yes">
        <source>%n string(s)</source>
        <translation>
            <numerusform>%n 个字符串</numerusform>
        </translation>
    </message>
    <message>
        <source>No elements.</source>
        <translation>没有元素。</translation>
    </message>
    <message>
        <source>min %1 · max %2 · mean %3 · std %4 · zeros %5%</source>
        <translation>最小 %1 · 最大 %2 · 均值 %3 · 标准差 %4 · 零值 %5%</translation>
    </message>
    <message>
        <source> · %1 NaN, %2 infinite</source>
        <translation> · %1 个 NaN，%2 个无穷大</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2，共 %3</translation>
    </message>
    <message>
        <source>No tensor is shown.</source>
        <translation>未显示张量。</translation>
    </message>
    <message>
        <source>Save Tensor</source>
        <translation>保存张量</translation>
    </message>
    <message>
        <source>NumPy arrays (*.npy)</source>
        <translation>NumPy 数组 (*.npy)</translation>
    </message>
    <message>
        <source>Cannot Save Tensor</source>
        <translation>无法保存张量</translation>
    </message>
</context>
<context>
    <name>ml::TrendWindow</name>
    <message>
        <source>Trend: %1</source>
        <translation>趋势：%1</translation>
    </message>
    <message>
        <source>Building the trend…</source>
        <translation>正在生成趋势…</translation>
    </message>
    <message>
        <source>Median latency per run (ms); regressions in red</source>
        <translation>每次运行的中位延迟（毫秒）；红色为性能回退</translation>
    </message>
    <message>
        <source>regression</source>
        <translation>性能回退</translation>
    </message>
    <message>
        <source>median (ms)</source>
        <translation>中位数（毫秒）</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>Median (ms)</source>
        <translation>中位数（毫秒）</translation>
    </message>
    <message>
        <source>Against the previous run</source>
        <translation>对比上一次运行</translation>
    </message>
    <message>
        <source>Against the baseline</source>
        <translation>对比基线</translation>
    </message>
    <message>
        <source>No completed runs to draw a trend from.</source>
        <translation>没有可用于绘制趋势的已完成运行。</translation>
    </message>
    <message numerus="yes">
        <source>%n series, %1 runs, %2 regressions.</source>
        <translation>
            <numerusform>%n 个序列，%1 次运行，%2 次性能回退。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ml::TrtexecOptionsBox</name>
    <message>
        <source>TensorRT (trtexec)</source>
        <translation>TensorRT（trtexec）</translation>
    </message>
    <message>
        <source>trtexec --%1</source>
        <translation>trtexec --%1</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>精度：</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>Timing cache</source>
        <translation>计时缓存</translation>
    </message>
    <message>
        <source>Timing caches (*.cache *.bin);;All files (*)</source>
        <translation>计时缓存 (*.cache *.bin);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Read if it exists, written after the build: later builds go faster</source>
        <translation>文件存在时读取，构建完成后写入：之后的构建会更快</translation>
    </message>
    <message>
        <source>Save engine</source>
        <translation>保存引擎</translation>
    </message>
    <message>
        <source>TensorRT engines (*.engine *.plan);;All files (*)</source>
        <translation>TensorRT 引擎 (*.engine *.plan);;所有文件 (*)</translation>
    </message>
    <message>
        <source>not kept</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Timing cache:</source>
        <translation>计时缓存：</translation>
    </message>
    <message>
        <source>Save engine:</source>
        <translation>保存引擎：</translation>
    </message>
    <message>
        <source>Shape range the engine accepts (empty: the default shown):</source>
        <translation>引擎可接受的形状范围（留空则使用显示的默认值）：</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>min</source>
        <translation>最小</translation>
    </message>
    <message>
        <source>max</source>
        <translation>最大</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>No input has a dynamic dimension.</source>
        <translation>没有含动态维度的输入。</translation>
    </message>
    <message>
        <source>the minimum shape</source>
        <translation>最小形状</translation>
    </message>
    <message>
        <source>the maximum shape</source>
        <translation>最大形状</translation>
    </message>
    <message>
        <source>Input %1, %2: %3</source>
        <translation>输入 %1，%2：%3</translation>
    </message>
</context>
<context>
    <name>ml::ValueTableModel</name>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>ml::Verdict</name>
    <message>
        <source>%1 run: layer &quot;%2&quot; has a time of %3 ms; a time must be finite and not negative</source>
        <extracomment>core/history/LayerComparison.cpp</extracomment>
        <translation>%1运行：层“%2”的耗时为 %3 ms；耗时必须为有限的非负数</translation>
    </message>
    <message>
        <source>baseline</source>
        <extracomment>core/history/LayerComparison.cpp</extracomment>
        <translation>基线</translation>
    </message>
    <message>
        <source>candidate</source>
        <extracomment>core/history/LayerComparison.cpp</extracomment>
        <translation>候选</translation>
    </message>
    <message>
        <source>%1 run: %2 %3 has a latency of %4 ms; a latency must be positive and finite</source>
        <extracomment>core/history/RunComparison.cpp</extracomment>
        <translation>%1运行：%2 %3 的延迟为 %4 ms；延迟必须为有限正数</translation>
    </message>
    <message>
        <source>round</source>
        <extracomment>core/history/RunComparison.cpp</extracomment>
        <translation>轮</translation>
    </message>
    <message>
        <source>iteration</source>
        <extracomment>core/history/RunComparison.cpp</extracomment>
        <translation>迭代</translation>
    </message>
    <message>
        <source>%1 &lt; 0.001</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>%1 &lt; 0.001</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>faster</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>更快</translation>
    </message>
    <message>
        <source>slower</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>更慢</translation>
    </message>
    <message>
        <source>within noise</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>在噪声范围内</translation>
    </message>
    <message>
        <source>no change</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>无变化</translation>
    </message>
    <message>
        <source>not enough data</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>%1 vs %2 iterations</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>%1 对 %2 次迭代</translation>
    </message>
    <message>
        <source>%1 vs %2 rounds</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>%1 对 %2 轮</translation>
    </message>
    <message>
        <source>%1x slower (%2% CI %3-%4)</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>慢 %1 倍（%2% 置信区间 %3-%4）</translation>
    </message>
    <message>
        <source>%1x faster (%2% CI %3-%4)</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>快 %1 倍（%2% 置信区间 %3-%4）</translation>
    </message>
    <message>
        <source>within noise: ratio %1 (%2% CI %3-%4)</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>在噪声范围内：比值 %1（%2% 置信区间 %3-%4）</translation>
    </message>
    <message>
        <source>no change: ratio %1 (%2% CI %3-%4)</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>无变化：比值 %1（%2% 置信区间 %3-%4）</translation>
    </message>
    <message>
        <source>not enough data: %1 cannot reach p &lt; %2 (the smallest possible p is %3); ratio %4</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>数据不足：%1 无法达到 p &lt; %2（可能的最小 p 为 %3）；比值 %4</translation>
    </message>
    <message>
        <source>not enough data: averages only, no rounds to test; ratio %1</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>数据不足：只有平均值，没有可供检验的轮次；比值 %1</translation>
    </message>
    <message>
        <source>not compared: needs 1,000 iterations in each run, has %1 vs %2; ratio %3</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>未比较：每次运行需要 1,000 次迭代，实际为 %1 对 %2；比值 %3</translation>
    </message>
    <message>
        <source>not enough data: a run has no samples</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>数据不足：有一次运行没有样本</translation>
    </message>
    <message>
        <source>p99 %1</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>p99 %1</translation>
    </message>
    <message>
        <source>band %1% and %2 µs</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>噪声带 %1% 且 %2 µs</translation>
    </message>
    <message>
        <source>band %1% (widened to the runs&apos; own spread)</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>噪声带 %1%（已放宽到运行自身的离散程度）</translation>
    </message>
    <message>
        <source>band %1%</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>噪声带 %1%</translation>
    </message>
    <message>
        <source>; single round: session-to-session drift was not measured</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>；仅一轮：未测量会话之间的漂移</translation>
    </message>
    <message>
        <source> (edited)</source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <source>run %1 did not complete (%2%3): there are no times to compare</source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>运行 %1 未完成（%2%3）：没有可比较的耗时</translation>
    </message>
    <message>
        <source>run %1 has no measured iterations: there are no times to compare</source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>运行 %1 没有测得的迭代：没有可比较的耗时</translation>
    </message>
    <message>
        <source>model</source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>模型</translation>
    </message>
    <message>
        <source>model version</source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>模型版本</translation>
    </message>
    <message>
        <source>machine: </source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>机器：</translation>
    </message>
    <message>
        <source>backend</source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>后端</translation>
    </message>
    <message>
        <source>setting </source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>设置 </translation>
    </message>
    <message>
        <source>runs %1 and %2: </source>
        <extracomment>core/history/ComparisonReport.cpp</extracomment>
        <translation>运行 %1 和 %2：</translation>
    </message>
    <message>
        <source>within noise: ratio %1</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>在噪声范围内：比值 %1</translation>
    </message>
    <message>
        <source>no change: ratio %1</source>
        <extracomment>core/history/Verdict.cpp</extracomment>
        <translation>无变化：比值 %1</translation>
    </message>
</context>
<context>
    <name>ml::WelcomePage</name>
    <message>
        <source>Inspect, edit and profile ONNX models for deployment.</source>
        <translation>检查、编辑和分析用于部署的 ONNX 模型。</translation>
    </message>
    <message>
        <source>&amp;Open Model…</source>
        <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>最近的文件</translation>
    </message>
    <message>
        <source>&amp;Remove from List</source>
        <translation>从列表中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Sample models</source>
        <translation>示例模型</translation>
    </message>
    <message>
        <source>(no sample models installed)</source>
        <translation>（未安装示例模型）</translation>
    </message>
    <message>
        <source>Or drop .onnx files anywhere in this window. Double-click a file (or press Enter) to open it.</source>
        <translation>也可以把 .onnx 文件拖放到本窗口的任意位置。双击文件（或按回车键）即可打开。</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>%1
This file no longer exists; remove it from the list.</source>
        <translation>%1
此文件已不存在；可将其从列表中移除。</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
</context>
</TS>
